using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

/// <summary>Documents once what cross-cutting middleware answers: security, 401/403 where a key is required, 429,
/// 413 where there is a body, and 500.</summary>
internal sealed class CommonResponsesTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= new OpenApiResponses();
        var requiresKey = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();

        operation.Security ??= [];
        if (!requiresKey)
        {
            // Public reads take a key optionally (a preview or editor key also sees drafts), so Swagger UI sends it once authorised.
            operation.Security.Add(new OpenApiSecurityRequirement());
        }
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(DocumentInfoTransformer.BearerScheme, context.Document)] = [],
        });

        if (requiresKey)
        {
            await AddProblem(operation, context, StatusCodes.Status401Unauthorized, "No API key, or a key that is not valid.", cancellationToken);
            await AddProblem(operation, context, StatusCodes.Status403Forbidden, "The API key's role does not allow this operation.", cancellationToken);
        }

        if (context.Description.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true)
        {
            await AddProblem(operation, context, StatusCodes.Status429TooManyRequests,
                "Rate-limited: this key (or, without one, this IP) has used its budget for reads, searches or writes. " +
                    "Retry after the seconds in Retry-After.", cancellationToken);
            if (operation.Responses["429"] is OpenApiResponse tooMany)
            {
                tooMany.Headers ??= new Dictionary<string, IOpenApiHeader>();
                tooMany.Headers["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } };
            }
        }

        if (operation.RequestBody is not null)
        {
            await AddProblem(operation, context, StatusCodes.Status413PayloadTooLarge, "The request body is larger than the server accepts " +
                "(Limits:MaxRequestBodyBytes, 200 KB by default).", cancellationToken);
        }

        await AddProblem(operation, context, StatusCodes.Status500InternalServerError, "An unexpected server error.", cancellationToken);
    }

    private static async Task AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status,
        string description, CancellationToken cancellationToken)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key)) return;
        var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken);
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = schema },
            },
        };
    }
}
