using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Related;
using ContentApi.Revisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Articles;

/// <summary>The <c>Publishing</c> configuration section.</summary>
public sealed class PublishingOptions
{
    /// <summary>How often each instance looks for scheduled articles that are due; the most they publish late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>Publishes due articles, each in its own save guarded by its version, so another instance or an editor
/// makes that save touch no row: exactly once, without locks. The change tracker (not a bulk UPDATE) records the revision.</summary>
public sealed class DueArticlePublisher(ContentDbContext db, RevisionScope revisions, RelatedPostsCalculator related, TimeProvider clock,
    ILogger<DueArticlePublisher> logger)
{
    /// <summary>How many due articles one run takes on; the next run takes the rest.</summary>
    private const int BatchSize = 100;

    /// <returns>How many articles this call published.</returns>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        revisions.ServiceName = "scheduler";

        var due = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledAt <= now)
            .OrderBy(a => a.ScheduledAt).ThenBy(a => a.Id)
            .Select(a => a.Id).Take(BatchSize)
            .ToListAsync(cancellationToken);

        var published = new List<Guid>();
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var article = await db.Articles.FirstOrDefaultAsync(
                a => a.Id == id && a.Status == ArticleStatus.Scheduled && a.ScheduledAt <= now, cancellationToken);
            if (article is null) continue;

            // A back-dated publishedAt (an import) is kept; otherwise the article is dated when it was due.
            var publishedAt = article.PublishedAt is { } kept && kept <= article.ScheduledAt ? kept : article.ScheduledAt!.Value;
            article.Status = ArticleStatus.Published;
            article.PublishedAt = publishedAt;
            article.FirstPublishedAt ??= publishedAt;
            article.ScheduledAt = null;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                published.Add(id);
            }
            catch (DbUpdateException e) when (e.IsConcurrentChange())
            {
                // Another instance published it, or an editor changed it, since we read it: theirs stands.
            }
        }

        db.ChangeTracker.Clear();
        if (published.Count > 0)
        {
            logger.LogInformation("Published {Count} scheduled article(s) that were due by {Now:o}.", published.Count, now);
            // A newly published article gets its related list, and becomes a candidate in its neighbours'.
            // (Each save commits its own content-generation bump: readers see the article without waiting for expiry.)
            await related.RecomputeAsync(published, cancellationToken);
        }
        return published.Count;
    }
}

/// <summary>Runs <see cref="DueArticlePublisher"/> at start-up and every <see cref="PublishingOptions.PollInterval"/>.
/// Stateless (the schedule is in the database), so a restart misses nothing.</summary>
public sealed class ScheduledPublisher(
    IServiceScopeFactory scopes, IOptions<PublishingOptions> options, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DueArticlePublisher>().PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or briefly unavailable database must not stop publishing for good: the next tick retries.
                logger.LogError(e, "Publishing scheduled articles failed; retrying in {Interval}.", options.Value.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class PublishingSetup
{
    public static IServiceCollection AddScheduledPublishing(this IServiceCollection services)
    {
        services.AddOptions<PublishingOptions>().BindConfiguration("Publishing").ValidateOnStart()
            .Validate(o => o.PollInterval >= TimeSpan.FromSeconds(1) && o.PollInterval <= TimeSpan.FromHours(1),
                "Publishing:PollInterval must be between 00:00:01 and 01:00:00.");
        services.AddScoped<DueArticlePublisher>();
        services.AddHostedService<ScheduledPublisher>();
        return services;
    }
}
