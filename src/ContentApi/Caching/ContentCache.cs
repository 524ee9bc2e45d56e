using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Caching;

/// <summary>
/// Evicts every cached read when content changes. Eviction is by the one <see cref="Tag"/> every cached read
/// carries: a write is rare next to reads, and working out exactly which lists an edit touches is where
/// stale pages come from.
/// </summary>
public sealed class ContentCache(IOutputCacheStore store)
{
    public const string Tag = "content";

    private long generation;

    /// <summary>
    /// Part of every cache key. A read that began before a write and finishes after its eviction stores its
    /// (old) page under the old generation, where no later read looks: so a read after an acknowledged
    /// write is never stale, however the two interleave.
    /// </summary>
    public long Generation => Interlocked.Read(ref generation);

    public async Task InvalidateAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref generation);
        await store.EvictByTagAsync(Tag, cancellationToken);
    }
}
