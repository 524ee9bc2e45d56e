using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Articles;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Workflow.WorkflowSteps;

namespace ContentApi.Tests.Related;

/// <summary>The scheduled publisher publishes with one UPDATE, outside the article endpoints: it must compute related lists too.</summary>
public sealed class ScheduledRelatedTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public ScheduledRelatedTests(SharedApp app) => Factory = app.Fresh(Clock);

    private const string Harbour = "Dockworkers at Valmora harbour walked out over the new crane rota, halting container traffic.";

    private async Task<JsonNode> Create(string title, string status, DateTime? scheduledAt = null)
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title, body = Harbour, tags = new[] { "valmora-harbour" }, status, scheduledAt });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    private async Task<string[]> RelatedSlugs(JsonNode article)
    {
        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{article["id"]}/related");
        var items = (await response.ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();
        return items.Select(i => i!["slug"]!.GetValue<string>()).ToArray();
    }

    [Fact]
    public async Task Publishing_a_scheduled_article_when_due_computes_its_related_articles()
    {
        var strike = await Create("Valmora harbour strike enters second day", "published");
        var scheduled = await Create("Valmora harbour strike talks break down", "scheduled", Clock.Now().AddHours(1));
        Assert.Empty(await RelatedSlugs(strike));

        Clock.Advance(TimeSpan.FromHours(2));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DueArticlePublisher>().PublishDueAsync(CancellationToken.None));
        }

        Assert.Equal([scheduled.Str("slug")], await RelatedSlugs(strike));
        Assert.Equal([strike.Str("slug")], await RelatedSlugs(scheduled));
    }
}
