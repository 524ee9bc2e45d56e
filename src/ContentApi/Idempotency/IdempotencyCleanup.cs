using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Idempotency;

/// <summary>Deletes idempotency records older than the retention, hourly, so the table stays small.</summary>
public sealed class IdempotencyCleanup(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var cutoff = clock.GetUtcNow().UtcDateTime - IdempotencyKey.Retention;
                await scope.ServiceProvider.GetRequiredService<ContentDbContext>().IdempotencyRecords
                    .Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Expired keys are also ignored when looked up; a failed cleanup only delays the deletion.
                logger.LogWarning(e, "Deleting expired idempotency keys failed; retrying in {Interval}.", Interval);
            }
        }
    }
}
