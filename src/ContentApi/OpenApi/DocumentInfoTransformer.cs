using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

/// <summary>Describes the API as a whole: what it is, how to authenticate, and where it is served.</summary>
internal sealed class DocumentInfoTransformer(IHttpContextAccessor http) : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "ContentApi",
            Version = "v1",
            Description = """
                A headless content API for news publishers: articles, sections, authors, tags and related posts.

                Reads of published content are public. Writes need an API key: press **Authorize** and paste it
                (in Development the key is `contentapi-dev-editor-key`). Updates and deletes need the article's
                current `ETag` in `If-Match`, so that two editors can never silently overwrite each other.
                """,
            Contact = new OpenApiContact { Name = "ContentApi", Url = new Uri("https://github.com/contentapi/contentapi") },
            License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
        };

        // The server the document was fetched from, without the trailing slash linters warn about.
        if (http.HttpContext?.Request is { } request)
        {
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}" }];
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key, sent as `Authorization: Bearer <key>`.",
        };
        return Task.CompletedTask;
    }
}
