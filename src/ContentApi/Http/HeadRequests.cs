using Microsoft.AspNetCore.Http.Features;

namespace ContentApi.Http;

/// <summary>
/// HEAD answers as GET without a body (RFC 9110 §9.3.2), wherever GET does: the request runs as the GET it
/// mirrors (same status, ETag, 304, Cache-Control, output cache entry) and the body is thrown away.
/// </summary>
public sealed class HeadAsGetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Features.Set(body);
        }
    }
}

public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.UseMiddleware<HeadAsGetMiddleware>();
}
