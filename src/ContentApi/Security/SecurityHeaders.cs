namespace ContentApi.Security;

/// <summary>
/// Headers that keep a browser from misreading or framing what the API sends. JSON needs no scripts, styles
/// or frames, so its Content-Security-Policy forbids everything; Swagger UI is a page of its own and gets a
/// policy that lets its bundled scripts and styles run (it loads nothing from other origins).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    // Swagger UI's index page starts itself with an inline script and styles some elements inline.
    private const string SwaggerUiPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var swagger = context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = swagger ? SwaggerUiPolicy : ApiPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}

public static class SecurityHeadersSetup
{
    /// <summary>The headers on every response, and HSTS outside Development (where there is no certificate to pin).</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        return app;
    }
}
