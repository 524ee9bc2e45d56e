using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace ContentApi.Http;

/// <summary>
/// Turns what the framework throws on bad client input (unreadable JSON, a query value of the wrong type,
/// an oversized body) into a 4xx problem that says what to fix, instead of an opaque 400 or a 500.
/// </summary>
public sealed partial class ClientErrorExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;

        var problem = Describe(bad);
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var (field, message) = DescribeJsonError(json);
            return Validation(field, message, "The request body is not valid for this operation.");
        }

        if (EmptyBody().IsMatch(bad.Message))
        {
            return Validation("$", "A JSON body is required: send the resource as a JSON object.", "The request body is empty.");
        }

        var binding = BindFailure().Match(bad.Message);
        if (binding.Success)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(binding.Groups["name"].Value);
            return Validation(name, $"'{binding.Groups["value"].Value}' is not a valid {FriendlyType(binding.Groups["type"].Value)}.",
                "A query or route value could not be read.");
        }

        return bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = "The request body is larger than this server accepts.",
            },
            StatusCodes.Status415UnsupportedMediaType => new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "Unsupported media type",
                Detail = "Send the body as application/json (PATCH takes application/merge-patch+json).",
            },
            _ => new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
        };
    }

    private static HttpValidationProblemDetails Validation(string field, string message, string detail) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
            Detail = detail,
        };

    /// <summary>Names the field in the client's own JSON path, and says what is wrong without .NET type names.</summary>
    public static (string Field, string Message) DescribeJsonError(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "$" : json.Path.TrimStart('$', '.');
        var text = json.Message;

        var unknown = UnknownMember().Match(text);
        if (unknown.Success)
        {
            var name = unknown.Groups["name"].Value;
            var path = field == "$" ? name : field.EndsWith(name, StringComparison.Ordinal) ? field : $"{field}.{name}";
            return (path, $"'{name}' is not a field of this resource. Remove it (server-owned fields such as id, version and bodyHtml cannot be set).");
        }

        var duplicate = DuplicateMember().Match(text);
        if (duplicate.Success)
        {
            var name = duplicate.Groups["name"].Value;
            var path = field == "$" ? name : field.EndsWith(name, StringComparison.Ordinal) ? field : $"{field}.{name}";
            return (path, $"'{name}' is sent more than once in the same object. Send each field once.");
        }

        if (text.Contains(StrictEnumConverter.NotAllowed, StringComparison.Ordinal))
        {
            return (field, text);
        }

        if (text.Contains("could not be converted", StringComparison.Ordinal))
        {
            return (field, "This value has the wrong type or is not one of the allowed values.");
        }

        // Syntax errors: keep the reader's position, drop the type names.
        var cut = text.IndexOf(" Path:", StringComparison.Ordinal);
        var reason = cut > 0 ? text[..cut] : text;
        return (field, $"The body is not valid JSON: {reason}");
    }

    private static string FriendlyType(string clrType) => clrType.Replace("Nullable<", "").TrimEnd('?', '>') switch
    {
        "int" or "long" or "Int32" or "Int64" => "whole number",
        "DateTime" or "DateTimeOffset" => "date and time (ISO 8601, e.g. 2026-11-24T13:22:58Z)",
        "Guid" => "id",
        "bool" or "Boolean" => "boolean (true or false)",
        _ => "value",
    };

    [GeneratedRegex("""Failed to bind parameter "(?<type>[\w.?\[\]<>]+) (?<name>\w+)" from "(?<value>.*)"\.""")]
    private static partial Regex BindFailure();

    // The framework's wording for a missing body names .NET parameters: "Implicit body inferred for parameter
    // "ArticleRequest request" but no body was provided", "Required parameter ... was not provided from body".
    [GeneratedRegex("""^(Implicit body inferred for parameter .* but no body was provided|Required parameter .* was not provided from body)""")]
    private static partial Regex EmptyBody();

    [GeneratedRegex("""Duplicate property '(?<name>[^']+)' encountered""")]
    private static partial Regex DuplicateMember();

    [GeneratedRegex("""The JSON property '(?<name>[^']+)' could not be mapped""")]
    private static partial Regex UnknownMember();
}
