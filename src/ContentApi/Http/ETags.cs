using Microsoft.Net.Http.Headers;

namespace ContentApi.Http;

/// <summary>Strong ETags made from a resource's version, and the conditional-request rules built on them:
/// <c>If-None-Match</c> answers 304, and writes require a matching <c>If-Match</c> (428 without, 412 when stale).</summary>
public static class ETags
{
    public const string IfMatchHelp = "The ETag you last read, e.g. \"3\". Required: 428 without it, 412 when it is stale.";
    public const string IfNoneMatchHelp = "An ETag you hold; answers 304 when it is still current.";

    public static string ForVersion(long version) => $"\"{version}\"";

    public static void Write(HttpResponse response, long version) =>
        response.Headers.ETag = ForVersion(version);

    /// <summary>Sends the version's ETag; true when the client's cached copy is that version (answer 304).</summary>
    public static bool IsNotModified(HttpContext http, long version)
    {
        var etag = ForVersion(version);
        http.Response.Headers.ETag = etag;
        return IsNotModified(http.Request, etag);
    }

    /// <summary>True when the client's cached copy (If-None-Match) is the current one; <paramref name="etag"/> may be weak (W/"…").</summary>
    public static bool IsNotModified(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0) return false;
        return EntityTagHeaderValue.TryParseList(header, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));
    }

    /// <summary>Checks a write's If-Match against the current version. Returns the problem to send,
    /// or null when the write may go ahead.</summary>
    public static ProblemHttpResult? CheckIfMatch(HttpContext context, long currentVersion)
    {
        var header = context.Request.Headers.IfMatch;
        var current = ForVersion(currentVersion);
        if (header.Count == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match required",
                detail: "Send the ETag you last read in an If-Match header, so that you cannot overwrite someone else's change. " +
                    $"The current ETag is {current}.");
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags) || tags.Count == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed If-Match",
                detail: "If-Match must be a quoted ETag such as \"3\", or *.");
        }

        var currentTag = new EntityTagHeaderValue(current);
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(currentTag, useStrongComparison: true)))
        {
            return null;
        }

        context.Response.Headers.ETag = current;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "Precondition failed",
            detail: $"The resource has changed since you read it. Its current ETag is {current}: " +
                "read it again, reapply your change and send it with that ETag.");
    }
}
