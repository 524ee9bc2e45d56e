using ContentApi.Tests.Infrastructure;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Workflow.WorkflowSteps;

namespace ContentApi.Tests.Workflow;

public sealed class UnpublishAndArchiveTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public UnpublishAndArchiveTests(SharedApp app) => Factory = app.Fresh(Clock);

    [Fact]
    public async Task UnpublishArticle_returns_a_published_article_to_draft_and_hides_it()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(article, "publish", etag);
        Clock.Advance(TimeSpan.FromMinutes(5));

        var (draft, _) = await Factory.ActOk(article, "unpublish", etag);

        Assert.Equal("draft", draft["status"]!.GetValue<string>());
        Assert.Equal(Start, Time(draft["firstPublishedAt"]));
        Assert.Equal(HttpStatusCode.NotFound, await Factory.ReaderStatus(article));
        var list = await (await Factory.Anonymous().GetAsync($"{Api}/articles")).ExpectJson(HttpStatusCode.OK);
        Assert.DoesNotContain(list["items"]!.AsArray(), item => item!["id"]!.GetValue<string>() == article["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnpublishArticle_cancels_a_schedule()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(article, "schedule", etag, new { scheduledAt = Start.AddHours(1) });

        var (draft, _) = await Factory.ActOk(article, "unpublish", etag);

        Assert.Equal("draft", draft["status"]!.GetValue<string>());
        Assert.Null(draft["scheduledAt"]);
    }

    [Fact]
    public async Task UnpublishArticle_answers_409_for_a_draft()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();

        var response = await Factory.Act(draft, "unpublish", etag);

        await response.ExpectProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ArchiveArticle_hides_a_published_article_and_keeps_its_dates()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(article, "publish", etag);

        var (archived, _) = await Factory.ActOk(article, "archive", etag);

        Assert.Equal("archived", archived["status"]!.GetValue<string>());
        Assert.Equal(Start, Time(archived["publishedAt"]));
        Assert.Equal(Start, Time(archived["firstPublishedAt"]));
        Assert.Equal(HttpStatusCode.NotFound, await Factory.ReaderStatus(article));
    }

    [Fact]
    public async Task ArchiveArticle_retires_a_draft_without_deleting_it()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();

        var (archived, _) = await Factory.ActOk(draft, "archive", etag);

        Assert.Equal("archived", archived["status"]!.GetValue<string>());
        Assert.Null(archived["firstPublishedAt"]);
    }

    [Fact]
    public async Task ArchiveArticle_cancels_a_schedule()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(article, "schedule", etag, new { scheduledAt = Start.AddHours(1) });

        var (archived, _) = await Factory.ActOk(article, "archive", etag);

        Assert.Null(archived["scheduledAt"]);
    }

    [Fact]
    public async Task ArchiveArticle_answers_409_when_already_archived()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(draft, "archive", etag);

        var response = await Factory.Act(draft, "archive", etag);

        await response.ExpectProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task UnpublishArticle_answers_409_for_an_archived_article()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(draft, "archive", etag);

        var response = await Factory.Act(draft, "unpublish", etag);

        await response.ExpectProblem(HttpStatusCode.Conflict);
    }
}
