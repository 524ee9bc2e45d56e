using ContentApi.Data;
using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Articles;

/// <summary>The <c>Publishing</c> configuration section.</summary>
public sealed class PublishingOptions
{
    /// <summary>How often each instance looks for scheduled articles that are due; the most they publish late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// Publishes the scheduled articles that are due. One conditional UPDATE does it: the database applies it
/// atomically, and a second instance running at the same moment finds the rows no longer scheduled, so
/// each article is published exactly once without locks or leader election.
/// </summary>
public sealed class DueArticlePublisher(ContentDbContext db, TimeProvider clock, ILogger<DueArticlePublisher> logger)
{
    /// <returns>How many articles this call published.</returns>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = db.Articles.Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledAt <= now);
        // Most ticks find nothing: answer that without taking the write lock.
        if (!await due.AnyAsync(cancellationToken)) return 0;

        // One transaction for the changes-feed entries and the UPDATE. SQLite transactions begin IMMEDIATE
        // (Microsoft.Data.Sqlite's default), taking the write lock first: a second instance waits, then
        // finds the rows no longer scheduled, so each article is published, and logged, exactly once.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var publishing = await due.Select(a => new { a.Id, a.Slug }).ToListAsync(cancellationToken);
        db.ContentChanges.AddRange(publishing.Select(a =>
            ContentChanges.ForArticle(a.Id, a.Slug, wasPublic: false, isPublic: true, removed: false, ChangeReason.Published, now)));
        await db.SaveChangesAsync(cancellationToken);

        // ExecuteUpdate bypasses the versioning interceptor, so the version (ETag and concurrency token)
        // is bumped here: an editor holding the scheduled version then gets a 412, not a silent overwrite.
        // All SET expressions read the row as it was, so firstPublishedAt sees the old publishedAt.
        var published = await due
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, ArticleStatus.Published)
                // A back-dated publishedAt (an import) is kept; otherwise the article is dated when it was due.
                .SetProperty(a => a.PublishedAt, a => a.PublishedAt != null && a.PublishedAt <= a.ScheduledAt ? a.PublishedAt : a.ScheduledAt)
                .SetProperty(a => a.FirstPublishedAt, a => a.FirstPublishedAt
                    ?? (a.PublishedAt != null && a.PublishedAt <= a.ScheduledAt ? a.PublishedAt : a.ScheduledAt))
                .SetProperty(a => a.ScheduledAt, (DateTime?)null)
                .SetProperty(a => a.Version, a => a.Version + 1)
                .SetProperty(a => a.UpdatedAt, now),
                cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (published > 0) logger.LogInformation("Published {Count} scheduled article(s) that were due by {Now:o}.", published, now);
        return published;
    }
}

/// <summary>
/// Runs <see cref="DueArticlePublisher"/> at start-up and then every <see cref="PublishingOptions.PollInterval"/>.
/// It keeps no state of its own (the schedule is in the database), so a restart misses nothing: whatever
/// fell due while it was down is published on the first run.
/// </summary>
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
