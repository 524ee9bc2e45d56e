using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Workflow.WorkflowSteps;
using static ContentApi.Tests.Revisions.RevisionSteps;

namespace ContentApi.Tests.Revisions;

public sealed class RevisionReadTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public RevisionReadTests(SharedApp app) => Factory = app.Fresh(Clock);

    [Fact]
    public async Task GetArticleRevision_returns_the_content_as_that_change_left_it()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        await (await Factory.Editor().PatchJson(Url(article), new { title = "Second title", body = "New text." }, etag)).ExpectJson(HttpStatusCode.OK);

        var first = await (await Factory.Editor().GetAsync(RevisionSteps.Revisions(article, "/1"))).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(1, first["number"]!.GetValue<int>());
        Assert.Equal(article.Str("id"), first.Str("articleId"));
        Assert.Equal(article.Str("title"), first["content"]!.Str("title"));
        Assert.Equal("Text.", first["content"]!.Str("body"));
        Assert.Equal("draft", first["content"]!.Str("status"));
    }

    [Fact]
    public async Task ListArticleRevisions_pages_with_a_cursor()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        for (var i = 0; i < 2; i++)
        {
            etag = (await Factory.Editor().PatchJson(Url(article), new { title = $"Edit {i}" }, etag)).ETag();
        }

        var first = await (await Factory.Editor().GetAsync(RevisionSteps.Revisions(article, "?limit=2"))).ExpectJson(HttpStatusCode.OK);
        var second = await (await Factory.Editor().GetAsync(RevisionSteps.Revisions(article, $"?limit=2&cursor={first.NextCursor()}"))).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(3, first.Total());
        Assert.Equal([3, 2], first["items"]!.AsArray().Select(i => i!["number"]!.GetValue<int>()).ToArray());
        Assert.Equal([1], second["items"]!.AsArray().Select(i => i!["number"]!.GetValue<int>()).ToArray());
    }

    [Fact]
    public async Task ListArticleRevisions_accepts_a_preview_key()
    {
        var (article, _) = await Factory.CreateArticleWithETag();

        var response = await Factory.CreateClient(Factory.PreviewKey).GetAsync(RevisionSteps.Revisions(article));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ListArticleRevisions_returns_401_without_a_key()
    {
        var (article, _) = await Factory.CreateArticleWithETag(status: "published");

        var response = await Factory.Anonymous().GetAsync(RevisionSteps.Revisions(article));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListArticleRevisions_returns_404_for_an_unknown_article()
    {
        var response = await Factory.Editor().GetAsync($"{Api}/articles/no-such-article/revisions");

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetArticleRevision_returns_404_for_an_unknown_number()
    {
        var (article, _) = await Factory.CreateArticleWithETag();

        var response = await Factory.Editor().GetAsync(RevisionSteps.Revisions(article, "/7"));

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }
}
