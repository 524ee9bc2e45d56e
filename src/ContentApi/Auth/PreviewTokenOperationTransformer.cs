using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContentApi.Auth;

/// <summary>Documents <c>?previewToken=</c> and its 401 on the operations that accept one.</summary>
internal sealed class PreviewTokenOperationTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<AcceptsPreviewTokenMetadata>().Any()) return;

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = PreviewTokens.QueryParameter,
            In = ParameterLocation.Query,
            Description = "A preview token from CreatePreviewToken: shows this one article even when it is not published, without a key. " +
                "Such responses are sent with Cache-Control: private, no-store.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });

        operation.Responses ??= new OpenApiResponses();
        if (!operation.Responses.ContainsKey("401"))
        {
            operation.Responses["401"] = new OpenApiResponse
            {
                Description = "The preview token (or API key) is not valid or has expired.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new()
                    {
                        Schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken),
                    },
                },
            };
        }
    }
}
