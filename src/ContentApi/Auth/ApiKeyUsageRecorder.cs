using System.Collections.Concurrent;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Auth;

/// <summary>
/// Keeps each key's last-used time to the minute without turning reads into writes: at most one write per
/// key per <see cref="Interval"/> on each instance, made after the request has moved on (not awaited), and
/// conditional in SQL so several instances do not all write the same minute.
/// </summary>
public sealed partial class ApiKeyUsageRecorder(IServiceScopeFactory scopes, ILogger<ApiKeyUsageRecorder> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Task, bool> pending = new();

    public void Record(ActiveKey key, DateTime now)
    {
        if (!key.TryClaimUsage(now, Interval)) return;
        var write = WriteAsync(key.Id, now);
        pending[write] = true;
        _ = write.ContinueWith(done => pending.TryRemove(done, out _), TaskScheduler.Default);
    }

    /// <summary>Completes when the writes started so far have finished: for shutdown and for tests.</summary>
    public Task WhenIdleAsync() => Task.WhenAll(pending.Keys);

    private async Task WriteAsync(Guid id, DateTime now)
    {
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            var before = now - Interval;
            await db.ApiKeys
                .Where(k => k.Id == id && (k.LastUsedAt == null || k.LastUsedAt < before))
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now));
        }
#pragma warning disable CA1031 // A lost last-used time must never fail or crash anything: log it and move on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogWriteFailed(logger, exception, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the last use of API key {KeyId}.")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, Guid keyId);
}
