using FluentValidation.Results;

namespace ContentApi.Http;

/// <summary>The expected client errors, worded once so that every endpoint says them the same way.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string resource, string idOrSlug) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: $"No {resource} has the id or slug '{idOrSlug}'.");

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemHttpResult SlugTaken(string resource, string slug) =>
        Conflict($"The slug '{slug}' is already used by another {resource}. Choose another slug.");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors);

    /// <summary>FluentValidation failures, keyed by the field names the client sent (camelCase JSON paths).</summary>
    public static ValidationProblem Invalid(ValidationResult result) =>
        TypedResults.ValidationProblem(result.Errors
            .GroupBy(e => JsonPath.FromPropertyPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
}
