using ContentApi.Tests.Infrastructure;
using System.Net;
using ContentApi.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Workflow.WorkflowSteps;

namespace ContentApi.Tests.Workflow;

public sealed class ScheduledPublisherTests : IDisposable
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; set; }

    // An app per test (not SharedApp): one test swaps it for an app whose background publisher runs on fake timers.
    public ScheduledPublisherTests() => Factory = OnClock(Clock);

    public void Dispose() => Factory.Dispose();

    /// <summary>Runs the publishing step as one server instance would, in its own scope and connection.</summary>
    private async Task<int> PublishDue()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DueArticlePublisher>().PublishDueAsync(CancellationToken.None);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> Scheduled(DateTime at, DateTime? publishedAt = null)
    {
        var (draft, etag) = await Factory.CreateArticleWithETag(publishedAt: publishedAt);
        var (scheduled, _) = await Factory.ActOk(draft, "schedule", etag, new { scheduledAt = at });
        return scheduled;
    }

    [Fact]
    public async Task PublishDue_publishes_a_due_article_exactly_once_when_two_instances_run_at_once()
    {
        var scheduled = await Scheduled(Start.AddMinutes(30));
        Clock.Advance(TimeSpan.FromHours(1));

        var counts = await Task.WhenAll(Task.Run(PublishDue), Task.Run(PublishDue));

        Assert.Equal(1, counts.Sum());
        var published = await Factory.EditorView(scheduled);
        Assert.Equal("published", published["status"]!.GetValue<string>());
        Assert.Equal(scheduled["version"]!.GetValue<long>() + 1, published["version"]!.GetValue<long>());
        Assert.Equal(Start.AddMinutes(30), Time(published["publishedAt"]));
        Assert.Equal(Start.AddMinutes(30), Time(published["firstPublishedAt"]));
        Assert.Null(published["scheduledAt"]);
        Assert.Equal(HttpStatusCode.OK, await Factory.ReaderStatus(scheduled));
    }

    [Fact]
    public async Task PublishDue_leaves_articles_not_yet_due_scheduled_and_hidden()
    {
        var later = await Scheduled(Start.AddHours(2));
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await PublishDue());

        var still = await Factory.EditorView(later);
        Assert.Equal("scheduled", still["status"]!.GetValue<string>());
        Assert.Equal(later["version"]!.GetValue<long>(), still["version"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.NotFound, await Factory.ReaderStatus(later));
    }

    [Fact]
    public async Task PublishDue_keeps_a_back_dated_publishedAt()
    {
        var then = Start.AddYears(-1);
        var scheduled = await Scheduled(Start.AddMinutes(10), publishedAt: then);
        Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, await PublishDue());

        var published = await Factory.EditorView(scheduled);
        Assert.Equal(then, Time(published["publishedAt"]));
        Assert.Equal(then, Time(published["firstPublishedAt"]));
    }

    [Fact]
    public async Task PublishDue_makes_an_editor_holding_the_scheduled_version_get_412()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        (_, etag) = await Factory.ActOk(draft, "schedule", etag, new { scheduledAt = Start.AddMinutes(1) });
        Clock.Advance(TimeSpan.FromMinutes(1));
        await PublishDue();

        var response = await Factory.Act(draft, "unpublish", etag);

        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task ScheduledPublisher_publishes_due_articles_in_the_background()
    {
        // The class's app (not started yet) is swapped for one whose publisher runs.
        Factory.Dispose();
        Factory = OnClock(Clock, runBackgroundServices: true);
        var scheduled = await Scheduled(Start.AddSeconds(5));

        // The publisher's timer runs on the test's clock: moving it past one poll interval fires it.
        Clock.Advance(TimeSpan.FromSeconds(16));
        var status = "scheduled";
        for (var attempt = 0; attempt < 100 && status != "published"; attempt++)
        {
            await Task.Delay(50);
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentApi.Data.ContentDbContext>();
            var id = scheduled["id"]!.GetValue<Guid>();
            status = (await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id)).Status.ToString().ToLowerInvariant();
        }

        Assert.Equal("published", status);
        Assert.Equal(HttpStatusCode.OK, await Factory.ReaderStatus(scheduled));
    }
}
