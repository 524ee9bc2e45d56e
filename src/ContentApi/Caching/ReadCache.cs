using Microsoft.Extensions.Caching.Memory;

namespace ContentApi.Caching;

/// <summary>Memo for list totals and slug → id lookups, keyed by the content generation so a committed write invalidates
/// it all at once. Entries also expire after a minute, since time alone changes what is visible (future-dated articles).</summary>
public sealed class ReadCache(IContentGeneration generation) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>The cached value for <paramref name="key"/> in the current generation, or <paramref name="compute"/>'s.
    /// The generation is read before computing: a write landing meanwhile leaves the entry under an old one.</summary>
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
