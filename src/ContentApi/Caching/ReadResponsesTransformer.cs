using System.Reflection;
using ContentApi.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContentApi.Caching;

/// <summary>Documents what <see cref="ReadResponses"/> adds to every GET: the <c>fields</c> parameter with the names it
/// accepts, and If-None-Match with its 304 on lists (items declare theirs in their handlers).</summary>
internal sealed class ReadResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        if (!string.Equals(description.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)
            || description.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) != true
            || description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is not { } handler
            || SparseFields.Of(handler.ReturnType) is not { } shape)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = SparseFields.Parameter,
            In = ParameterLocation.Query,
            Description = $"Only these fields{(shape.IsList ? " in each item" : "")}, comma-separated, e.g. {string.Join(",", shape.Names.Take(3))}. " +
                $"One of: {string.Join(", ", shape.Names)}. An unknown name is a 400.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });

        if (!operation.Parameters.Any(p => p.Name == "If-None-Match"))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Description = ETags.IfNoneMatchHelp + " Lists carry a weak ETag over their content.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("304", new OpenApiResponse { Description = "Not Modified: If-None-Match holds the current ETag." });
        operation.Responses.TryAdd("400", new OpenApiResponse { Description = "Bad Request: an unknown name in fields." });
        return Task.CompletedTask;
    }
}
