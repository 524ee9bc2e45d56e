using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Caching;

/// <summary><c>fields=</c> cuts a response (or each list item) down to the fields named.</summary>
public sealed class SparseFieldsTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task ListArticles_with_fields_returns_only_those_fields_in_each_item()
    {
        await Factory.CreateArticle("Teaser one");
        await Factory.CreateArticle("Teaser two");

        var list = await (await Factory.Anonymous().GetAsync($"{Api}/articles?fields=id,slug,title,publishedAt")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(2, list.Total());
        foreach (var item in list["items"]!.AsArray())
        {
            Assert.Equal(["id", "slug", "title", "publishedAt"], item!.AsObject().Select(p => p.Key));
        }
    }

    [Fact]
    public async Task GetArticle_with_fields_returns_only_those_fields_with_its_own_ETag()
    {
        var article = await Factory.CreateArticle("Cut down", body: "A long body.");
        var url = $"{Api}/articles/{article.Str("slug")}?fields=title,bodyHtml";

        var response = await Factory.Anonymous().GetAsync(url);

        var body = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["title", "bodyHtml"], body.AsObject().Select(p => p.Key));
        Assert.Equal(HttpStatusCode.NotModified, (await Factory.Anonymous().GetIfNoneMatch(url, response.ETag())).StatusCode);
    }

    [Fact]
    public async Task ListArticles_with_an_unknown_field_is_a_400_naming_fields()
    {
        var response = await Factory.Anonymous().GetAsync($"{Api}/articles?fields=id,body");

        var problem = await response.ExpectValidationError("fields");
        Assert.Contains("body", problem["errors"]!["fields"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task GetArticle_with_empty_fields_is_a_400_naming_fields()
    {
        var article = await Factory.CreateArticle("Nothing asked");

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{article.Str("slug")}?fields=");

        await response.ExpectValidationError("fields");
    }
}
