using ContentApi.Tests.Infrastructure;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Workflow.WorkflowSteps;

namespace ContentApi.Tests.Workflow;

public sealed class ScheduleArticleTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public ScheduleArticleTests(SharedApp app) => Factory = app.Fresh(Clock);

    [Fact]
    public async Task ScheduleArticle_schedules_a_draft_and_keeps_it_hidden_from_readers()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        var at = Start.AddHours(6);

        var (scheduled, _) = await Factory.ActOk(draft, "schedule", etag, new { scheduledAt = at });

        Assert.Equal("scheduled", scheduled["status"]!.GetValue<string>());
        Assert.Equal(at, Time(scheduled["scheduledAt"]));
        Assert.Null(scheduled["publishedAt"]);
        Assert.Equal(HttpStatusCode.NotFound, await Factory.ReaderStatus(draft));
        var list = await (await Factory.Anonymous().GetAsync($"{Api}/articles")).ExpectJson(HttpStatusCode.OK);
        Assert.Empty(list["items"]!.AsArray());
    }

    [Fact]
    public async Task ScheduleArticle_reschedules_a_scheduled_article()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(draft, "schedule", etag, new { scheduledAt = Start.AddHours(6) });

        var (rescheduled, _) = await Factory.ActOk(draft, "schedule", etag, new { scheduledAt = Start.AddHours(2) });

        Assert.Equal(Start.AddHours(2), Time(rescheduled["scheduledAt"]));
    }

    [Fact]
    public async Task ScheduleArticle_reads_an_offset_time_as_the_instant_it_names()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();

        var (scheduled, _) = await Factory.ActOk(draft, "schedule", etag, new { scheduledAt = "2026-03-02T12:00:00+02:00" });

        Assert.Equal(Start.AddHours(1), Time(scheduled["scheduledAt"]));
    }

    [Fact]
    public async Task ScheduleArticle_rejects_a_time_in_the_past()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();

        var response = await Factory.Act(draft, "schedule", etag, new { scheduledAt = Start.AddMinutes(-1) });

        await response.ExpectValidationError("scheduledAt");
        Assert.Equal("draft", (await Factory.EditorView(draft))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ScheduleArticle_requires_scheduledAt()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();

        var response = await Factory.Act(draft, "schedule", etag, new { });

        await response.ExpectValidationError("scheduledAt");
    }

    [Fact]
    public async Task ScheduleArticle_answers_409_for_a_published_article()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(article, "publish", etag);

        var response = await Factory.Act(article, "schedule", etag, new { scheduledAt = Start.AddHours(1) });

        await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, await Factory.ReaderStatus(article));
    }
}
