using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

/// <summary>
/// Enums are written as lowercase strings; say so, so that generators make string unions. The strict enum
/// converter (Http/StrictEnumConverter) is not one the schema exporter knows, so the values are listed here.
/// </summary>
internal sealed class EnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (!type.IsEnum) return Task.CompletedTask;

        if (schema.Enum is not { Count: > 0 })
        {
            schema.Enum = Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(name))).ToList();
        }
        if (schema.Type is null) schema.Type = JsonSchemaType.String;
        return Task.CompletedTask;
    }
}
