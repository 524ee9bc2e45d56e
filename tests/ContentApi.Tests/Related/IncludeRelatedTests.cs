using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Related.RelatedSteps;

namespace ContentApi.Tests.Related;

/// <summary>GET /articles/{idOrSlug}?include=related: the article page's "Related Posts" in the same request.</summary>
public sealed class IncludeRelatedTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private async Task<JsonNode> GetWithRelated(JsonNode article, HttpClient? client = null)
    {
        var response = await (client ?? Factory.Anonymous()).GetAsync($"{Api}/articles/{article.Str("slug")}?include=related");
        return await response.ExpectJson(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_article_carries_the_same_related_list_as_ListRelatedArticles()
    {
        var article = await Factory.Story("Ceasefire talks resume in Geneva", "Negotiators met again.", ["ceasefire", "geneva"]);
        await Factory.Story("Geneva talks stall over ceasefire", "No agreement yet.", ["ceasefire", "geneva"]);
        var curated = await Factory.Story("Aid convoys wait at the border", "Trucks queue.", ["aid"]);
        (await Factory.SetRelated(article, new[] { curated.Str("slug") })).EnsureSuccessStatusCode();

        var body = await GetWithRelated(article);

        Assert.Equal("Ceasefire talks resume in Geneva", body.Str("title"));
        var related = body["related"]!.AsArray();
        Assert.Equal(SlugsOf(await Factory.Related(article, limit: 5)), SlugsOf(related));
        Assert.Equal("curated", related[0]!.Str("reason"));
        Assert.Equal(2, related.Count);
    }

    [Fact]
    public async Task Without_include_the_article_has_no_related_field()
    {
        var article = await Factory.Story("Ceasefire talks resume in Geneva", "Negotiators met again.", ["ceasefire"]);

        var body = await (await Factory.Anonymous().GetAsync($"{Api}/articles/{article.Str("slug")}")).ExpectJson(HttpStatusCode.OK);

        Assert.False(body.AsObject().ContainsKey("related"));
    }

    [Theory]
    [InlineData("comments")]
    [InlineData("related,authors")]
    [InlineData("")]
    public async Task Anything_but_related_is_a_400_naming_include(string include)
    {
        var article = await Factory.Story("Ceasefire talks resume in Geneva", "Negotiators met again.", ["ceasefire"]);

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{article.Str("slug")}?include={include}");

        await response.ExpectValidationError("include");
    }

    [Fact]
    public async Task Its_ETag_changes_when_the_related_list_does_though_the_article_did_not()
    {
        var article = await Factory.Story("Ceasefire talks resume in Geneva", "Negotiators met again in Geneva on the ceasefire.", ["ceasefire", "geneva"]);
        var url = $"{Api}/articles/{article.Str("slug")}?include=related";
        var first = await Factory.Anonymous().GetAsync(url);
        var etag = first.ETag();
        var versionETag = (await Factory.Anonymous().GetAsync($"{Api}/articles/{article.Str("slug")}")).ETag();

        var unchanged = new HttpRequestMessage(HttpMethod.Get, url);
        unchanged.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.NotModified, (await Factory.Anonymous().SendAsync(unchanged)).StatusCode);

        // A new article on the same story enters the computed list; the article itself keeps its version.
        await Factory.Story("Geneva ceasefire talks go on", "Negotiators in Geneva discussed the ceasefire again.", ["ceasefire", "geneva"]);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var response = await Factory.Anonymous().SendAsync(again);

        var body = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Contains("geneva-ceasefire-talks-go-on", SlugsOf(body["related"]!.AsArray()));
        Assert.NotEqual(etag, response.ETag());
        Assert.NotEqual(versionETag, etag);
        Assert.Equal(versionETag, (await Factory.Anonymous().GetAsync($"{Api}/articles/{article.Str("slug")}")).ETag());
    }

    [Fact]
    public async Task GetArticle_documents_include_in_OpenAPI()
    {
        var document = await (await Factory.Anonymous().GetAsync("/openapi/v1.json")).ExpectJson(HttpStatusCode.OK);

        var operation = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!))
            .Single(o => o["operationId"]?.GetValue<string>() == "GetArticle");
        var include = operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "include")!;

        Assert.Equal("query", include.Str("in"));
        Assert.Equal("related", include["schema"]!["enum"]![0]!.GetValue<string>());
    }
}
