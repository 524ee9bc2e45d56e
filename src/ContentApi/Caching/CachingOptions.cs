namespace ContentApi.Caching;

/// <summary>The <c>Caching</c> configuration section.</summary>
public sealed class CachingOptions
{
    public OutputCacheSettings OutputCache { get; set; } = new();

    public CacheControlSettings CacheControl { get; set; } = new();

    /// <summary>A Redis connection string: when set, the output cache is kept in Redis and shared by every instance
    /// (each instance still evicts it on its own writes). Empty (the default): in memory, per instance.</summary>
    public string? Redis { get; set; }

    public sealed class OutputCacheSettings
    {
        /// <summary>Off only to measure the API without it: writes are evicted at once either way.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>How long an anonymous read is kept. Writes evict at once, so this bounds only what changes with
        /// time alone (an article published with a future publishedAt appears at most this late).</summary>
        public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(60);
    }

    /// <summary>What public reads tell browsers and CDNs.</summary>
    public sealed class CacheControlSettings
    {
        public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>For shared caches (CDNs), which can purge by Surrogate-Key when content changes.</summary>
        public TimeSpan SharedMaxAge { get; set; } = TimeSpan.FromSeconds(60);

        public TimeSpan StaleWhileRevalidate { get; set; } = TimeSpan.FromSeconds(30);
    }
}
