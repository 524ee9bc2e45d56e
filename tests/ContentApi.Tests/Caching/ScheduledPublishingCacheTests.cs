using System.Net;
using ContentApi.Articles;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Workflow.WorkflowSteps;

namespace ContentApi.Tests.Caching;

/// <summary>The background publisher writes without an HTTP request; it evicts the cached reads itself.</summary>
public sealed class ScheduledPublishingCacheTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public ScheduledPublishingCacheTests(SharedApp app) => Factory = app.Fresh(Clock);

    [Fact]
    public async Task CachedList_shows_a_scheduled_article_once_the_publisher_has_published_it()
    {
        var (draft, etag) = await Factory.CreateArticleWithETag();
        // Due well within the output cache's lifetime, so that only eviction can make it appear.
        await Factory.ActOk(draft, "schedule", etag, new { scheduledAt = Start.AddSeconds(5) });
        var list = $"{Api}/articles";
        (await Factory.Anonymous().GetAsync(list)).EnsureSuccessStatusCode();
        var cached = await Factory.Anonymous().GetAsync(list);
        Assert.NotNull(cached.Headers.Age);
        Assert.DoesNotContain(draft.Str("slug"), (await cached.ExpectJson(HttpStatusCode.OK)).Slugs());
        Clock.Advance(TimeSpan.FromSeconds(10));

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DueArticlePublisher>().PublishDueAsync(CancellationToken.None));
        }

        var read = await (await Factory.Anonymous().GetAsync(list)).ExpectJson(HttpStatusCode.OK);
        Assert.Contains(draft.Str("slug"), read.Slugs());
    }
}
