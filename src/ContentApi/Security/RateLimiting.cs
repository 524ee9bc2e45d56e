using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using ContentApi.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContentApi.Security;

/// <summary>The <c>RateLimiting</c> configuration section: requests per window, per API key (or per client IP without one).</summary>
public sealed class RateLimitingOptions
{
    /// <summary>Off for load tests; on in production.</summary>
    public bool Enabled { get; set; } = true;

    public Limit Reads { get; set; } = new() { PermitLimit = 100_000, Window = TimeSpan.FromSeconds(10) };

    /// <summary>Full-text search (<c>q=</c>) costs the database far more than a read.</summary>
    public Limit Search { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromSeconds(10) };

    public Limit Writes { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromSeconds(10) };

    public sealed class Limit
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; }

        public bool IsValid => PermitLimit > 0 && Window >= TimeSpan.FromSeconds(1);
    }
}

/// <summary>
/// Rate limits on /api/v1: reads, searches and writes each have their own budget per caller, the caller
/// being the API key when one authenticated, else the client IP (behind a proxy, configure forwarded headers
/// so that this is the client's). A rejection is a 429 problem with Retry-After, not ASP.NET's default 503.
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddContentRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration("RateLimiting").ValidateOnStart()
            .Validate(o => o.Reads.IsValid && o.Search.IsValid && o.Writes.IsValid,
                "RateLimiting:Reads, Search and Writes each need a PermitLimit above 0 and a Window of at least 1 second.");
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, settings) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = Reject;
            if (settings.Value.Enabled) limiter.GlobalLimiter = Partitioned(settings.Value);
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> Partitioned(RateLimitingOptions settings) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (!http.Request.Path.StartsWithSegments(ApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                return RateLimitPartition.GetNoLimiter("unlimited");
            }

            var (kind, limit) = Budget(http.Request, settings);
            var caller = http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } key
                ? "key:" + key
                : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return RateLimitPartition.GetFixedWindowLimiter($"{kind}|{caller}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
            });
        });

    private static (string Kind, RateLimitingOptions.Limit Limit) Budget(HttpRequest request, RateLimitingOptions settings)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method))
        {
            return ("writes", settings.Writes);
        }
        return request.Query.ContainsKey("q") ? ("search", settings.Search) : ("reads", settings.Reads);
    }

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This API key (or, without one, this IP address) has used its request budget. Try again in {wait} second(s).",
            },
        });
    }
}
