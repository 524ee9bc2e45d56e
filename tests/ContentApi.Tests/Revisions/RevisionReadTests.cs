using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Revisions;

public sealed class RevisionReadTests : RevisionTest
{
    [Fact]
    public async Task GetArticleRevision_returns_the_content_as_that_change_left_it()
    {
        var (article, etag) = await CreateArticle();
        await (await Editor().PatchJson(Url(article), new { title = "Second title", body = "New text." }, etag)).ExpectJson(HttpStatusCode.OK);

        var first = await (await Editor().GetAsync(Revisions(article, "/1"))).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(1, first["number"]!.GetValue<int>());
        Assert.Equal(article.Str("id"), first.Str("articleId"));
        Assert.Equal(article.Str("title"), first["content"]!.Str("title"));
        Assert.Equal("Text.", first["content"]!.Str("body"));
        Assert.Equal("draft", first["content"]!.Str("status"));
    }

    [Fact]
    public async Task ListArticleRevisions_pages_with_a_cursor()
    {
        var (article, etag) = await CreateArticle();
        for (var i = 0; i < 2; i++)
        {
            etag = (await Editor().PatchJson(Url(article), new { title = $"Edit {i}" }, etag)).ETag();
        }

        var first = await (await Editor().GetAsync(Revisions(article, "?limit=2"))).ExpectJson(HttpStatusCode.OK);
        var second = await (await Editor().GetAsync(Revisions(article, $"?limit=2&cursor={first.NextCursor()}"))).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(3, first.Total());
        Assert.Equal([3, 2], first["items"]!.AsArray().Select(i => i!["number"]!.GetValue<int>()).ToArray());
        Assert.Equal([1], second["items"]!.AsArray().Select(i => i!["number"]!.GetValue<int>()).ToArray());
    }

    [Fact]
    public async Task ListArticleRevisions_accepts_a_preview_key()
    {
        var (article, _) = await CreateArticle();

        var response = await Client(Factory.PreviewKey).GetAsync(Revisions(article));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ListArticleRevisions_returns_401_without_a_key()
    {
        var (article, _) = await CreateArticle(status: "published");

        var response = await Anonymous().GetAsync(Revisions(article));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListArticleRevisions_returns_404_for_an_unknown_article()
    {
        var response = await Editor().GetAsync($"{Api}/articles/no-such-article/revisions");

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetArticleRevision_returns_404_for_an_unknown_number()
    {
        var (article, _) = await CreateArticle();

        var response = await Editor().GetAsync(Revisions(article, "/7"));

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }
}
