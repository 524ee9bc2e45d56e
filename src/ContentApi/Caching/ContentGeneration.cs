using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Caching;

/// <summary>
/// The content generation: one number that every cached read (output cache pages, <see cref="ReadCache"/>
/// memos) is keyed by, bumped after every commit that changes what readers see. A read that began before
/// a write and finishes after its bump stores its (old) answer under the old generation, where no later
/// read looks: so a read after an acknowledged write is never stale, however the two interleave.
/// One implementation per deployment shape: in memory for one instance; a shared one (Redis INCR, with
/// pub/sub to tell the other instances) when several instances serve the same database.
/// </summary>
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
