using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace ContentApi.Related;

/// <summary><c>?include=related</c> embeds the article's related list, saving a request. The article's version does not
/// change with that list, so the handler's ETag is dropped and the combined body gets its own.</summary>
public static class IncludeRelated
{
    public const string Parameter = "include";
    public const string Related = "related";
    public const string Endpoint = "GetArticle";

    /// <summary>Attached to GetArticle in the route table.</summary>
    public static RouteHandlerBuilder WithIncludeRelated(this RouteHandlerBuilder getArticle) =>
        getArticle.AddEndpointFilter(IncludeAsync);

    private static async ValueTask<object?> IncludeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        if (!http.Request.Query.TryGetValue(Parameter, out var values)) return await next(invocation);
        var included = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (included.Count == 0 || included.Any(i => i != Related))
        {
            return Problems.Invalid(Parameter, $"include accepts: {Related}.");
        }

        // The handler must not answer 304 from the version alone: the related list may have changed.
        var ifNoneMatch = http.Request.Headers.IfNoneMatch;
        http.Request.Headers.Remove(HeaderNames.IfNoneMatch);
        var result = await next(invocation);
        http.Request.Headers.IfNoneMatch = ifNoneMatch;

        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is not Ok<ArticleResponse> { Value: { } article }) return result;

        var db = http.RequestServices.GetRequiredService<ContentDbContext>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var related = await RelatedReads.ListAsync(db, article.Id, RelatedQuery.DefaultLimit, now, http.RequestAborted);
        http.Response.Headers.Remove(HeaderNames.ETag);
        return TypedResults.Ok(article with { Related = related });
    }
}

/// <summary>Documents <c>?include=related</c> on GetArticle.</summary>
internal sealed class IncludeRelatedOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != IncludeRelated.Endpoint) return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IncludeRelated.Parameter,
            In = ParameterLocation.Query,
            Description = "related: embed the article's first 5 related articles (as ListRelatedArticles lists them) in `related`, saving " +
                "the page a second request. Anything else is a 400.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create(IncludeRelated.Related)] },
        });
        return Task.CompletedTask;
    }
}
