namespace ContentApi.Http;

/// <summary>
/// Every problem gets a <c>type</c> and a <c>detail</c>, including those the framework writes on its own (an
/// unknown route's 404, a 405, a 415 from content-type matching, a 413 from the server) and the statuses it has
/// no type for (413, 428, 429).
/// </summary>
public static class ProblemDefaults
{
    private static readonly Dictionary<int, string> Types = new()
    {
        [StatusCodes.Status410Gone] = "https://tools.ietf.org/html/rfc9110#section-15.5.11",
        [StatusCodes.Status411LengthRequired] = "https://tools.ietf.org/html/rfc9110#section-15.5.12",
        [StatusCodes.Status413PayloadTooLarge] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [StatusCodes.Status414UriTooLong] = "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        [StatusCodes.Status428PreconditionRequired] = "https://tools.ietf.org/html/rfc6585#section-3",
        [StatusCodes.Status429TooManyRequests] = "https://tools.ietf.org/html/rfc6585#section-4",
        [StatusCodes.Status431RequestHeaderFieldsTooLarge] = "https://tools.ietf.org/html/rfc6585#section-5",
    };

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Type ??= Types.GetValueOrDefault(status, "about:blank");
        problem.Detail ??= DetailFor(status, context.HttpContext);
    }

    private static string DetailFor(int status, HttpContext http) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read. Check the URL, the headers and the body against /openapi/v1.json.",
        StatusCodes.Status401Unauthorized => "This operation needs an API key: send it as 'Authorization: Bearer <key>'.",
        StatusCodes.Status403Forbidden => "The API key's role does not allow this operation.",
        StatusCodes.Status404NotFound => $"Nothing is at {http.Request.Path}. The operations and their URLs are listed in /openapi/v1.json.",
        StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not allowed at {http.Request.Path}; the Allow header lists the methods that are.",
        StatusCodes.Status406NotAcceptable => "This API answers application/json (and application/problem+json for errors).",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than this server accepts.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json (PATCH takes application/merge-patch+json).",
        >= 500 => "The server could not complete the request. Try again; if it persists, report the traceId.",
        _ => "The request could not be completed as sent.",
    };
}
