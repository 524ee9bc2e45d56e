using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Workflow.WorkflowSteps;
using static ContentApi.Tests.Revisions.RevisionSteps;

namespace ContentApi.Tests.Revisions;

public sealed class RestoreRevisionTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public RestoreRevisionTests(SharedApp app) => Factory = app.Fresh(Clock);

    [Fact]
    public async Task RestoreArticleRevision_puts_the_old_content_back_and_keeps_the_status()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(article, "publish", etag);
        etag = (await Factory.Editor().PatchJson(Url(article), new { title = "Rewritten", slug = "rewritten", body = "Other text." }, etag)).ETag();

        var response = await Factory.Restore(article, 1, etag);

        var restored = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(article.Str("title"), restored.Str("title"));
        Assert.Equal(article.Str("slug"), restored.Str("slug"));
        Assert.Equal("Text.", restored.Str("body"));
        Assert.Equal("published", restored.Str("status"));
        Assert.Equal($"\"{restored["version"]!.GetValue<long>()}\"", response.ETag());
    }

    [Fact]
    public async Task RestoreArticleRevision_records_a_restored_revision()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        etag = (await Factory.Editor().PatchJson(Url(article), new { title = "Rewritten" }, etag)).ETag();

        await (await Factory.Restore(article, 1, etag)).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["restored", "updated", "created"], Actions(await Factory.History(article)));
    }

    [Fact]
    public async Task RestoreArticleRevision_returns_428_without_If_Match()
    {
        var (article, _) = await Factory.CreateArticleWithETag();

        var response = await Factory.Restore(article, 1, etag: null);

        await response.ExpectProblem(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task RestoreArticleRevision_returns_412_for_a_stale_ETag()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        await (await Factory.Editor().PatchJson(Url(article), new { title = "Rewritten" }, etag)).ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Restore(article, 1, etag);

        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task RestoreArticleRevision_returns_404_for_an_unknown_revision()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();

        var response = await Factory.Restore(article, 9, etag);

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RestoreArticleRevision_returns_403_for_a_preview_key()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();

        var response = await Factory.Restore(article, 1, etag, Factory.CreateClient(Factory.PreviewKey));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RestoreArticleRevision_returns_409_when_the_old_slug_now_belongs_to_another_article()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        etag = (await Factory.Editor().PatchJson(Url(article), new { slug = "moved-away" }, etag)).ETag();
        await Factory.Editor().PostJson($"{Api}/articles", new { title = "Taker", slug = article.Str("slug") });

        var response = await Factory.Restore(article, 1, etag);

        await response.ExpectProblem(HttpStatusCode.Conflict);
    }
}
