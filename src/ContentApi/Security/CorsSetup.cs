using Microsoft.Net.Http.Headers;

namespace ContentApi.Security;

/// <summary>The <c>Cors</c> configuration section.</summary>
public sealed class CorsSettings
{
    /// <summary>Frontend origins allowed to call the API from a browser, e.g. https://www.example.com. Empty: none.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

public static class CorsSetup
{
    public static IServiceCollection AddContentCors(this IServiceCollection services)
    {
        services.AddOptions<CorsSettings>().BindConfiguration("Cors").ValidateOnStart()
            .Validate(o => o.AllowedOrigins.All(IsOrigin),
                "Cors:AllowedOrigins must be origins such as https://www.example.com (scheme, host and optional port; no path).");
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<CorsSettings>>((cors, settings) =>
                cors.AddDefaultPolicy(policy => policy
                    .WithOrigins(settings.Value.AllowedOrigins)
                    .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
                    .WithHeaders(HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.IfMatch, HeaderNames.IfNoneMatch, "Idempotency-Key")
                    // What a frontend reads: the version to send back, where a created resource is, paging links,
                    // and how long to wait when rate-limited. Surrogate-Key is for CDNs, not browsers.
                    .WithExposedHeaders(HeaderNames.ETag, HeaderNames.Location, HeaderNames.Link, HeaderNames.RetryAfter)
                    .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && !origin.EndsWith('/') && string.IsNullOrEmpty(uri.Query);
}
