using Microsoft.Extensions.Caching.Memory;

namespace ContentApi.Caching;

/// <summary>
/// Read-path memo for what lists ask on every request but rarely changes: exact totals per filter and the
/// slug → id lookups of sections, authors and tags. Every entry is keyed by the content generation, which
/// each committed content write bumps, so a write invalidates everything at once and no list shows a stale
/// total after its write is acknowledged. Entries also expire after a minute, because time alone changes
/// what is visible (an article dated a few seconds ahead appears without any write).
/// The memo is this instance's memory; with a shared generation each instance's entries still follow every
/// instance's writes.
/// </summary>
public sealed class ReadCache(IContentGeneration generation) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>
    /// The cached value for <paramref name="key"/> in the current generation, or <paramref name="compute"/>'s.
    /// The generation is read before computing: a write landing meanwhile leaves the entry under an old one.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(string key, Func<Task<T>> compute)
    {
        var entryKey = $"{generation.Current}\u001f{key}";
        if (cache.TryGetValue(entryKey, out T? value)) return value!;
        value = await compute();
        cache.Set(entryKey, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return value;
    }

    public void Dispose() => cache.Dispose();
}
