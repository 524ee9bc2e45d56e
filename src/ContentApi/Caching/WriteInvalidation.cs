namespace ContentApi.Caching;

/// <summary>
/// Every successful write under /api/v1 (create, replace, patch, delete, workflow actions, and any write
/// added later) evicts the cached reads, and marks its own response <c>no-store</c>.
/// </summary>
public sealed class WriteInvalidationMiddleware(RequestDelegate next, ContentCache cache)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsWrite(request.Method) || !request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        // Evicting when the response starts, not after it has been written: the client holds the answer only
        // once the headers are out, so by then every later read misses the cache. The write has committed
        // by the time its handler produces a 2xx.
        context.Response.OnStarting(async () =>
        {
            context.Response.Headers.CacheControl = "no-store";
            if (context.Response.StatusCode is >= 200 and < 300)
            {
                await cache.InvalidateAsync(CancellationToken.None);
            }
        });
        return next(context);
    }

    private static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}
