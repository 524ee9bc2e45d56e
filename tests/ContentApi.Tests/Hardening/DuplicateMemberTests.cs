using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Hardening;

/// <summary>Issue #13, item 5: a JSON object with the same member twice is a 400 that names it, on every body.</summary>
public sealed class DuplicateMemberTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private static StringContent Raw(string json, string mediaType = "application/json") =>
        new(json, Encoding.UTF8, mediaType);

    [Theory]
    [InlineData("articles", """{"title":"a","title":"b"}""", "title")]
    [InlineData("sections", """{"name":"a","name":"b"}""", "name")]
    [InlineData("authors", """{"name":"a","name":"b"}""", "name")]
    [InlineData("tags", """{"name":"a","name":"b"}""", "name")]
    [InlineData("articles", """{"title":"a","seo":{"title":"x","title":"y"}}""", "seo.title")]
    public async Task Create_with_a_duplicate_member_is_a_400_naming_it(string resource, string json, string field)
    {
        var response = await Factory.Editor().PostAsync($"{Api}/{resource}", Raw(json));

        var problem = await response.ExpectValidationError(field);
        Assert.Contains("more than once", problem["errors"]![field]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("articles", "title", """{"title":"a","title":"b"}""")]
    [InlineData("sections", "name", """{"name":"a","name":"b"}""")]
    [InlineData("authors", "name", """{"name":"a","name":"b"}""")]
    [InlineData("tags", "name", """{"name":"a","name":"b"}""")]
    public async Task Patch_and_put_with_a_duplicate_member_are_a_400_naming_it(string resource, string field, string json)
    {
        var created = await Factory.Editor().PostJson($"{Api}/{resource}", resource == "articles" ? new { title = "Original" } : new { name = "Original" });
        await created.ExpectJson(HttpStatusCode.Created);
        var url = created.Headers.Location!.ToString();

        foreach (var (method, type) in new[] { (HttpMethod.Patch, "application/merge-patch+json"), (HttpMethod.Put, "application/json") })
        {
            var request = new HttpRequestMessage(method, url) { Content = Raw(json, type) };
            request.Headers.TryAddWithoutValidation("If-Match", created.ETag());
            var response = await Factory.Editor().SendAsync(request);
            await response.ExpectValidationError(field);
        }
    }

    [Fact]
    public async Task CreateKey_and_CreatePreviewToken_with_a_duplicate_member_are_a_400()
    {
        var key = await Factory.Admin().PostAsync($"{Api}/keys", Raw("""{"name":"a","role":"preview","role":"admin"}"""));
        await key.ExpectValidationError("role");

        var draft = await Factory.CreateArticle("Draft", status: "draft");
        var token = await Factory.Editor().PostAsync($"{Api}/articles/{draft.Str("id")}/preview-token", Raw("""{"expiresInMinutes":5,"expiresInMinutes":6}"""));
        await token.ExpectValidationError("expiresInMinutes");
    }
}
