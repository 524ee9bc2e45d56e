using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

/// <summary>Enums are written as lowercase strings; say so, so that generators make string unions.</summary>
internal sealed class EnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.Enum is { Count: > 0 } && schema.Type is null)
        {
            schema.Type = JsonSchemaType.String;
        }
        return Task.CompletedTask;
    }
}
