using FluentValidation;

namespace ContentApi.Http;

/// <summary>Validates the <typeparamref name="T"/> argument of an endpoint with its FluentValidation validator and
/// answers 400 with the field names as the client wrote them (camelCase JSON paths).</summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        if (argument is null)
        {
            // A body that is the JSON literal null reaches us as a null argument.
            return Problems.Invalid("$", "A JSON object is required.");
        }

        if (ControlCharacters.Find(argument) is { Count: > 0 } controls) return Problems.Invalid(controls);

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : Problems.Invalid(result);
    }
}

public static class ValidationConventions
{
    /// <summary>Validates <typeparamref name="T"/> before the handler runs, and documents the 400.</summary>
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
