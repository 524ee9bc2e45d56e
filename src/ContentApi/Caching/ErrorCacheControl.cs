using Microsoft.Extensions.Options;

namespace ContentApi.Caching;

/// <summary>
/// Deliberate caching for what anonymous reads answer besides 200. A 404 is cached as briefly as a browser
/// caches a read (Caching:CacheControl:MaxAge), and no longer by a CDN: no Surrogate-Key can purge it when the
/// article is published. A 301 for a renamed slug is cached for <see cref="RedirectMaxAge"/>: without a
/// Cache-Control, browsers keep a 301 indefinitely, and an old slug can be reused by another article.
/// Keyed requests are left alone (a shared cache does not store an answer to a request with Authorization).
/// </summary>
public sealed class ErrorCacheControlMiddleware(RequestDelegate next, IOptions<CachingOptions> caching)
{
    public static readonly TimeSpan RedirectMaxAge = TimeSpan.FromMinutes(5);

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) && string.IsNullOrEmpty(context.Request.Headers.Authorization))
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (context.User.Identity?.IsAuthenticated != true && string.IsNullOrEmpty(response.Headers.CacheControl))
                {
                    if (response.StatusCode == StatusCodes.Status404NotFound)
                    {
                        response.Headers.CacheControl = $"public, max-age={(int)caching.Value.CacheControl.MaxAge.TotalSeconds}";
                    }
                    else if (response.StatusCode == StatusCodes.Status301MovedPermanently)
                    {
                        response.Headers.CacheControl = $"public, max-age={(int)RedirectMaxAge.TotalSeconds}";
                    }
                }
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}
