using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Caching;

/// <summary>One number that every cached read is keyed by, bumped after each commit readers can see: a read racing a
/// write stores under the old generation, where no later read looks, so a read after an acknowledged write is never stale.
/// In memory for one instance; a shared one (e.g. Redis INCR + pub/sub) for several.</summary>
public interface IContentGeneration
{
    /// <summary>The output cache tag every cached read carries; a bump evicts it.</summary>
    const string OutputCacheTag = "content";

    long Current { get; }

    /// <summary>Called after a content write commits, never before, or a reader could cache the old state under the new generation.</summary>
    ValueTask BumpAsync(CancellationToken cancellationToken);
}

/// <summary>The generation of this instance alone: right for one instance, or for several that share nothing cached.</summary>
public sealed class InMemoryContentGeneration(IOutputCacheStore store) : IContentGeneration
{
    private long current;

    public long Current => Interlocked.Read(ref current);

    public async ValueTask BumpAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref current);
        // The key already moved on; evicting frees the old pages now rather than when they expire.
        await store.EvictByTagAsync(IContentGeneration.OutputCacheTag, cancellationToken);
    }
}
