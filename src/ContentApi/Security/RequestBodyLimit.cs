using Microsoft.AspNetCore.Http.Features;

namespace ContentApi.Security;

/// <summary>The <c>Limits</c> configuration section.</summary>
public sealed class RequestLimitOptions
{
    /// <summary>The largest request body accepted: an article with a long body is well under 200 KB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 200 * 1024;
}

/// <summary>
/// Answers 413 as a problem for a body larger than <see cref="RequestLimitOptions.MaxRequestBodyBytes"/>:
/// at once when Content-Length says so, and from the server's own limit (reported by
/// ClientErrorExceptionHandler) for a chunked body that grows too large while it is read.
/// </summary>
public sealed class RequestBodyLimitMiddleware(
    RequestDelegate next, Microsoft.Extensions.Options.IOptions<RequestLimitOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"The request body is {context.Request.ContentLength} bytes; this server accepts at most {limit}.",
                },
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        await next(context);
    }
}

public static class RequestLimitsSetup
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitOptions>().BindConfiguration("Limits").ValidateOnStart()
            .Validate(o => o.MaxRequestBodyBytes is >= 1024 and <= 100 * 1024 * 1024, "Limits:MaxRequestBodyBytes must be between 1 KB and 100 MB.");
        return services;
    }
}
