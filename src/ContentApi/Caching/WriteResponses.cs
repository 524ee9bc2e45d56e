using ContentApi.Http;

namespace ContentApi.Caching;

/// <summary>Every answer to a write under /api/v1 is <c>no-store</c>: it describes one caller's change. Eviction happens
/// on commit (<see cref="ContentGenerationInterceptor"/>), not here.</summary>
public sealed class WriteResponsesMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (IsWrite(request.Method) && request.Path.StartsWithSegments(ApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        }
        return next(context);
    }

    private static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}
