using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace ContentApi.Http;

/// <summary>
/// Read-path memo for what lists ask on every request but rarely changes: exact totals per filter and the
/// slug → id lookups of sections, authors and tags. Every entry is keyed by the content generation, which
/// each committed write bumps, so a write invalidates everything at once and no list shows a stale total
/// after its write is acknowledged. Entries also expire after a minute, because time alone changes what
/// is visible (an article dated a few seconds ahead appears without any write).
/// One instance's memory: with several instances, each keeps its own (and sees only its own writes bump
/// it); a shared cache (Redis) keyed the same way is the next step when that lands.
/// </summary>
public sealed class ReadCache : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Called after a write commits; never before, or a reader could cache the old state under the new generation.</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    /// <summary>
    /// The cached value for <paramref name="key"/> in the current generation, or <paramref name="compute"/>'s.
    /// The generation is read before computing: a write landing meanwhile leaves the entry under an old one.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(string key, Func<Task<T>> compute)
    {
        var entryKey = $"{Generation}\u001f{key}";
        if (cache.TryGetValue(entryKey, out T? value)) return value!;
        value = await compute();
        cache.Set(entryKey, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return value;
    }

    public void Dispose() => cache.Dispose();
}

/// <summary>Bumps the <see cref="ReadCache"/> generation after every committed write through EF.</summary>
public sealed class ReadCacheInvalidator(ReadCache cache) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => cache.Invalidate();

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    // A SaveChanges without an explicit transaction commits its own before SavedChanges runs.
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        cache.Invalidate();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return ValueTask.FromResult(result);
    }
}
