using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ContentApi.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Caching;

/// <summary>What every GET adds to its handler's answer: Cache-Control, Surrogate-Key, an ETag and 304 for lists
/// (which have no single version), and <c>fields=</c> sparse fieldsets.</summary>
public static class ReadResponses
{
    public static RouteGroupBuilder WithReadResponses(this RouteGroupBuilder group)
    {
        group.AddEndpointFilterFactory((factory, next) =>
        {
            var shape = SparseFields.Of(factory.MethodInfo.ReturnType);
            return async invocation =>
            {
                var http = invocation.HttpContext;
                if (!HttpMethods.IsGet(http.Request.Method)) return await next(invocation);

                HashSet<string>? fields = null;
                if (shape is not null && http.Request.Query.TryGetValue(SparseFields.Parameter, out var requested))
                {
                    (fields, var error) = shape.Parse(requested.ToString());
                    if (error is not null) return Problems.Invalid(SparseFields.Parameter, error);
                }

                var result = await next(invocation);
                return Complete(http, result, shape, fields);
            };
        });
        return group;
    }

    private static object? Complete(HttpContext http, object? result, SparseFields? shape, HashSet<string>? fields)
    {
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        var status = (inner as IStatusCodeHttpResult)?.StatusCode;
        var anonymous = AnonymousReadPolicy.IsAnonymousRead(http.Request);
        var options = http.RequestServices.GetRequiredService<IOptions<CachingOptions>>().Value.CacheControl;

        if (!anonymous)
        {
            // A keyed or preview read may hold drafts or private fields: no shared or browser cache keeps it.
            http.Response.Headers.CacheControl = "private, no-store";
        }
        else if (status is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
        {
            http.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture,
                $"public, max-age={Seconds(options.MaxAge)}, s-maxage={Seconds(options.SharedMaxAge)}, " +
                    $"stale-while-revalidate={Seconds(options.StaleWhileRevalidate)}");
            // A CDN must not answer a keyed request (which may see drafts) with the public copy.
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Authorization);
        }

        if (status != StatusCodes.Status200OK || inner is not IValueHttpResult { Value: { } value }) return result;
        if (anonymous && SurrogateKeys.For(value) is { } keys) http.Response.Headers[SurrogateKeys.Header] = keys;

        // Items carry a strong ETag from their version; lists and cut-down items get a weak one over their bytes.
        var hasVersionTag = http.Response.Headers.ETag.Count > 0;
        if (fields is null && hasVersionTag) return result;

        var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var body = fields is not null && shape is not null
            ? shape.Apply(value, fields, json)
            : JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json);

        var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(body), 0, 16)}\"";
        http.Response.Headers.ETag = etag;
        if (ETags.IsNotModified(http.Request, etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    private static long Seconds(TimeSpan span) => (long)span.TotalSeconds;
}
