using ContentApi.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

/// <summary>A merge patch is read as raw JSON, so the framework documents it as an empty schema. Document it as
/// what it is: the resource's writable shape with every field optional.</summary>
internal sealed class MergePatchBodyTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var accepts = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>()
            .FirstOrDefault(a => a.ContentTypes.Contains(MergePatch.ContentType) && a.RequestType is not null);
        if (accepts is null || operation.RequestBody?.Content is not { } content) return;

        var schema = await context.GetOrCreateSchemaAsync(accepts.RequestType!, cancellationToken: cancellationToken);
        schema.Required?.Clear();
        content.Clear();
        content[MergePatch.ContentType] = new OpenApiMediaType { Schema = schema };
    }
}
