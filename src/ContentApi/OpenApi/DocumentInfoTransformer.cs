using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

/// <summary>Describes the API as a whole: what it is, how to authenticate, and where it is served.</summary>
internal sealed class DocumentInfoTransformer(IHttpContextAccessor http, IOptions<OpenApiDocumentOptions> options) : IOpenApiDocumentTransformer
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

        // Never the request's Host (any Host is accepted): the configured public URL, else relative to the document.
        var pathBase = http.HttpContext?.Request.PathBase.Value;
        document.Servers = [new OpenApiServer { Url = options.Value.ServerUrl?.TrimEnd('/') ?? (string.IsNullOrEmpty(pathBase) ? "/" : pathBase) }];

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

/// <summary>The <c>OpenApi</c> configuration section.</summary>
public sealed class OpenApiDocumentOptions
{
    /// <summary>The API's public URL (e.g. https://api.example.com) for the document's <c>servers</c>; when absent, "/" (relative).</summary>
    public string? ServerUrl { get; set; }

    public bool IsValid => ServerUrl is null
        || (Uri.TryCreate(ServerUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
}
