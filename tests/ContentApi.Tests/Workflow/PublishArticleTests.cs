using ContentApi.Tests.Infrastructure;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Workflow.WorkflowSteps;

namespace ContentApi.Tests.Workflow;

public sealed class PublishArticleTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public PublishArticleTests(SharedApp app) => Factory = app.Fresh(Clock);

    [Fact]
    public async Task PublishArticle_publishes_a_draft_now_and_shows_it_to_readers()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        Assert.Equal(HttpStatusCode.NotFound, await Factory.ReaderStatus(draft));

        var response = await Factory.Act(draft, "publish", etag);

        var published = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("published", published["status"]!.GetValue<string>());
        Assert.Equal(Clock.Now(), Time(published["publishedAt"]));
        Assert.Equal(Clock.Now(), Time(published["firstPublishedAt"]));
        Assert.Equal(draft["version"]!.GetValue<long>() + 1, published["version"]!.GetValue<long>());
        Assert.Equal($"\"{published["version"]}\"", response.ETag());
        Assert.Equal("Text.", published["body"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, await Factory.ReaderStatus(draft));
    }

    [Fact]
    public async Task PublishArticle_accepts_the_slug_as_well_as_the_id()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/articles/{draft["slug"]}/publish");
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var published = await (await Factory.Editor().SendAsync(request)).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(draft["id"]!.GetValue<string>(), published["id"]!.GetValue<string>());
        Assert.Equal("published", published["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task PublishArticle_accepts_an_empty_json_object_as_body()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();

        var (published, _) = await Factory.ActOk(draft, "publish", etag, new { });

        Assert.Equal("published", published["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task PublishArticle_back_dates_with_the_publishedAt_sent()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        var then = Start.AddYears(-3);

        var (published, _) = await Factory.ActOk(draft, "publish", etag, new { publishedAt = then });

        Assert.Equal(then, Time(published["publishedAt"]));
        Assert.Equal(then, Time(published["firstPublishedAt"]));
    }

    [Fact]
    public async Task PublishArticle_keeps_the_back_dated_publishedAt_the_draft_carries()
    {
        var then = Start.AddDays(-10);
        var (draft, etag) = await Factory.CreateArticleWithETag(publishedAt: then);

        var (published, _) = await Factory.ActOk(draft, "publish", etag);

        Assert.Equal(then, Time(published["publishedAt"]));
    }

    [Fact]
    public async Task PublishArticle_rejects_a_publishedAt_in_the_future()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();

        var response = await Factory.Act(draft, "publish", etag, new { publishedAt = Start.AddHours(1) });

        await response.ExpectValidationError("publishedAt");
        Assert.Equal("draft", (await Factory.EditorView(draft))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task PublishArticle_rejects_unknown_fields_in_the_body()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();

        var response = await Factory.Act(draft, "publish", etag, new { status = "published" });

        await response.ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PublishArticle_answers_409_when_already_published()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        var (_, publishedETag) = await Factory.ActOk(draft, "publish", etag);

        var response = await Factory.Act(draft, "publish", publishedETag);

        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("already published", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(publishedETag, response.ETag());
    }

    [Fact]
    public async Task PublishArticle_keeps_firstPublishedAt_across_unpublish_and_republish()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(draft, "publish", etag);
        Clock.Advance(TimeSpan.FromHours(2));
        (_, etag) = await Factory.ActOk(draft, "unpublish", etag);
        Clock.Advance(TimeSpan.FromHours(1));

        var (republished, _) = await Factory.ActOk(draft, "publish", etag, new { publishedAt = Clock.Now() });

        Assert.Equal(Start, Time(republished["firstPublishedAt"]));
        Assert.Equal(Start.AddHours(3), Time(republished["publishedAt"]));
    }

    [Fact]
    public async Task PublishArticle_without_a_date_republishes_under_the_original_date()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(draft, "publish", etag);
        Clock.Advance(TimeSpan.FromDays(1));
        (_, etag) = await Factory.ActOk(draft, "unpublish", etag);

        var (republished, _) = await Factory.ActOk(draft, "publish", etag);

        Assert.Equal(Start, Time(republished["publishedAt"]));
        Assert.Equal(Start, Time(republished["firstPublishedAt"]));
    }

    [Fact]
    public async Task PublishArticle_publishes_a_scheduled_article_now_and_clears_scheduledAt()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(draft, "schedule", etag, new { scheduledAt = Start.AddDays(1) });

        var (published, _) = await Factory.ActOk(draft, "publish", etag);

        Assert.Equal("published", published["status"]!.GetValue<string>());
        Assert.Equal(Clock.Now(), Time(published["publishedAt"]));
        Assert.Null(published["scheduledAt"]);
        Assert.Equal(HttpStatusCode.OK, await Factory.ReaderStatus(draft));
    }

    [Fact]
    public async Task PublishArticle_restores_an_archived_article_under_its_original_date()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(draft, "publish", etag);
        Clock.Advance(TimeSpan.FromDays(30));
        (_, etag) = await Factory.ActOk(draft, "archive", etag);

        var (restored, _) = await Factory.ActOk(draft, "publish", etag);

        Assert.Equal("published", restored["status"]!.GetValue<string>());
        Assert.Equal(Start, Time(restored["publishedAt"]));
        Assert.Equal(HttpStatusCode.OK, await Factory.ReaderStatus(draft));
    }
}
