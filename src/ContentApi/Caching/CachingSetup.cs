using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContentApi.Caching;

public static class CachingSetup
{
    public static IServiceCollection AddContentCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CachingOptions>().BindConfiguration("Caching").ValidateOnStart()
            .Validate(o => o.OutputCache.Duration > TimeSpan.Zero, "Caching:OutputCache:Duration must be positive.")
            .Validate(o => o.CacheControl.MaxAge >= TimeSpan.Zero && o.CacheControl.SharedMaxAge >= TimeSpan.Zero
                && o.CacheControl.StaleWhileRevalidate >= TimeSpan.Zero, "Caching:CacheControl durations cannot be negative.");

        // Several instances share one cache in Redis; registered before AddOutputCache, whose in-memory store
        // is only a fallback.
        var redis = configuration["Caching:Redis"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.Configuration = redis;
                o.InstanceName = "contentapi:";
            });
        }

        services.AddOutputCache(o => o.AddPolicy(AnonymousReadPolicy.Name, new AnonymousReadPolicy()));

        // Compressing over HTTPS invites BREACH when a response mixes a secret with text an attacker controls.
        // Here responses are public content or the caller's own data, and the one secret ever sent (a new API
        // key, once, at creation) echoes nothing from the request; so compression stays on for HTTPS.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json"]);
        });
        // Fastest: a cached response is compressed once, but a miss is compressed on the request's own time.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>The content generation, read by the caches and bumped by <see cref="ContentGenerationInterceptor"/>.
    /// Registered with the data services since every writing host needs it; a shared implementation registered first stays.</summary>
    public static IServiceCollection AddContentGeneration(this IServiceCollection services)
    {
        services.TryAddSingleton<IContentGeneration, InMemoryContentGeneration>();
        services.TryAddSingleton<ContentGenerationInterceptor>();
        services.TryAddSingleton<ReadCache>();
        return services;
    }

    /// <summary>No-store on writes, then the output cache, then compression: the cache stores the compressed bytes (one
    /// entry per Accept-Encoding), so a hit costs no compression at all. Anonymous 404/301 headers come after the
    /// cache, so a hit pays nothing for them.</summary>
    public static WebApplication UseContentCaching(this WebApplication app)
    {
        app.UseMiddleware<WriteResponsesMiddleware>();
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseMiddleware<ErrorCacheControlMiddleware>();
        return app;
    }
}
