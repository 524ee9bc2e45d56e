using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Articles;

/// <summary>
/// An article's response embeds its section, authors and tags. When one of those is renamed or removed,
/// the article's representation changes, so its ETag must change too: a client revalidating with the old
/// ETag gets the new names, never a 304 over stale ones.
/// </summary>
public sealed class EmbeddedChangeTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private async Task<(string Url, string ETag)> PublishedArticle()
    {
        await Factory.CreateSection("World");
        await Factory.CreateAuthor("Ann Lee");
        await Factory.CreateTag("Energy");
        var article = await Factory.CreateArticle("Gas prices climb", section: "world", authors: ["ann-lee"], tags: ["energy"]);
        var url = $"{Api}/articles/{article["id"]}";
        var response = await Factory.Anonymous().GetAsync(url);
        await response.ExpectJson(HttpStatusCode.OK);
        return (url, response.ETag());
    }

    private async Task<string> ETagOf(string url) => (await Factory.Editor().GetAsync(url)).ETag();

    [Fact]
    public async Task Renaming_a_tag_gives_its_articles_a_new_etag_and_the_new_name()
    {
        var (url, etag) = await PublishedArticle();

        var rename = await Factory.Editor().PatchJson($"{Api}/tags/energy", new { name = "Energy markets" }, await ETagOf($"{Api}/tags/energy"));
        await rename.ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetIfNoneMatch(url, etag);
        var article = await response.ExpectJson(HttpStatusCode.OK);
        Assert.NotEqual(etag, response.ETag());
        Assert.Equal("Energy markets", article["tags"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Renaming_an_author_gives_their_articles_a_new_etag()
    {
        var (url, etag) = await PublishedArticle();

        var rename = await Factory.Editor().PatchJson($"{Api}/authors/ann-lee", new { slug = "ann-lee-smith" }, await ETagOf($"{Api}/authors/ann-lee"));
        await rename.ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetIfNoneMatch(url, etag);
        var article = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("ann-lee-smith", article["authors"]![0]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task Renaming_a_section_gives_its_articles_and_sub_sections_new_etags()
    {
        var (url, etag) = await PublishedArticle();
        await Factory.CreateSection("Europe", parent: "world");
        var childEtag = await ETagOf($"{Api}/sections/europe");

        var rename = await Factory.Editor().PatchJson($"{Api}/sections/world", new { name = "International" }, await ETagOf($"{Api}/sections/world"));
        await rename.ExpectJson(HttpStatusCode.OK);

        var article = await (await Factory.Anonymous().GetIfNoneMatch(url, etag)).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("International", article["section"]!["name"]!.GetValue<string>());
        var child = await (await Factory.Anonymous().GetIfNoneMatch($"{Api}/sections/europe", childEtag)).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("International", child["parent"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deleting_a_tag_gives_its_articles_a_new_etag()
    {
        var (url, etag) = await PublishedArticle();

        var delete = await Factory.Editor().Delete($"{Api}/tags/energy", await ETagOf($"{Api}/tags/energy"));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);

        var article = await (await Factory.Anonymous().GetIfNoneMatch(url, etag)).ExpectJson(HttpStatusCode.OK);
        Assert.Empty(article["tags"]!.AsArray());
    }

    [Fact]
    public async Task Changing_a_tag_description_leaves_its_articles_etags_alone()
    {
        var (url, etag) = await PublishedArticle();

        var change = await Factory.Editor().PatchJson($"{Api}/tags/energy", new { description = "Oil, gas and power." }, await ETagOf($"{Api}/tags/energy"));
        await change.ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetIfNoneMatch(url, etag);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task An_editor_holding_the_old_article_etag_gets_412_after_a_tag_rename()
    {
        var (url, etag) = await PublishedArticle();
        await (await Factory.Editor().PatchJson($"{Api}/tags/energy", new { name = "Power" }, await ETagOf($"{Api}/tags/energy")))
            .ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Editor().PatchJson(url, new { title = "Gas prices climb again" }, etag);

        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
    }
}
