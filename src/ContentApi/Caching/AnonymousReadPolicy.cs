using System.Globalization;
using ContentApi.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Caching;

/// <summary>Caches anonymous 200 GETs only: a keyed or preview request neither reads nor fills the cache, so what one
/// caller may see (drafts, emails) never reaches another.</summary>
public sealed class AnonymousReadPolicy : IOutputCachePolicy
{
    public const string Name = "AnonymousReads";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<CachingOptions>>().Value.OutputCache;
        var cacheable = options.Enabled && IsAnonymousRead(http.Request);

        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable) return ValueTask.CompletedTask;

        context.ResponseExpirationTimeSpan = options.Duration;
        context.CacheVaryByRules.QueryKeys = "*";
        // The cache sits outside compression and stores the encoded body, one entry per encoding asked for.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByValues["generation"] =
            http.RequestServices.GetRequiredService<IContentGeneration>().Current.ToString(CultureInfo.InvariantCulture);
        context.Tags.Add(IContentGeneration.OutputCacheTag);
        if (ResourceKindOf(http.Request.Path) is { } kind) context.Tags.Add(kind);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only full successes: a 404 for a slug not yet published must not outlive its publication, and a
        // problem or redirect is cheap to compute again.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A read anyone may be served: no key, no preview token.</summary>
    public static bool IsAnonymousRead(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Headers.ContainsKey(HeaderNames.Authorization)
        && !request.Query.ContainsKey("previewToken");

    /// <summary>"articles" for /api/v1/articles/…: a tag per resource kind, for finer eviction later.</summary>
    private static string? ResourceKindOf(PathString path)
    {
        var rest = path.Value.AsSpan();
        if (!rest.StartsWith(ApiRoutes.Prefix + "/", StringComparison.OrdinalIgnoreCase)) return null;
        rest = rest[(ApiRoutes.Prefix.Length + 1)..];
        var slash = rest.IndexOf('/');
        return (slash < 0 ? rest : rest[..slash]).ToString().ToLowerInvariant();
    }
}
