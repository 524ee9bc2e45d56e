using ContentApi.Auth;
using ContentApi.Data.Entities;

namespace ContentApi.Http;

public static class ResourceEndpoints
{
    /// <summary>
    /// Maps GET by id or slug, POST, PUT, PATCH and DELETE for one resource, each with its operation name,
    /// summary, and every status it can answer. Writes need an editor key.
    /// </summary>
    public static RouteGroupBuilder MapResourceCrud<TDefinition, TEntity, TRequest, TResponse>(this RouteGroupBuilder group)
        where TDefinition : IResourceDefinition<TEntity, TRequest, TResponse>
        where TEntity : class, ISlugged, IVersioned
        where TRequest : class
    {
        var noun = TDefinition.Noun;
        var name = noun.ToLowerInvariant();
        var aName = "aeiou".Contains(name[0], StringComparison.Ordinal) ? $"an {name}" : $"a {name}";
        // One parameter name for every route of a resource: writes accept a slug as well as an id, and
        // OpenAPI forbids two templates that differ only by parameter name.
        const string idOrSlugRoute = "/{idOrSlug}";
        const string idRoute = idOrSlugRoute;

        group.MapGet(idOrSlugRoute, ResourceHandlers<TDefinition, TEntity, TRequest, TResponse>.Get)
            .WithName($"Get{noun}")
            .WithSummary($"Get {aName} by id or slug")
            .WithDescription($"Answers 301 to the current URL when the slug was renamed, and 304 when If-None-Match holds the current ETag.")
            .Produces(StatusCodes.Status301MovedPermanently)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", ResourceHandlers<TDefinition, TEntity, TRequest, TResponse>.Create)
            .WithName($"Create{noun}")
            .WithSummary($"Create {aName}")
            .WithDescription("The slug is generated from the name or title when not given. Answers 201 with Location and ETag.")
            .Validate<TRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        group.MapPut(idRoute, ResourceHandlers<TDefinition, TEntity, TRequest, TResponse>.Replace)
            .WithName($"Replace{noun}")
            .WithSummary($"Replace {aName}")
            .WithDescription("Full replace. Requires If-Match with the ETag you last read: 428 without it, 412 when it is stale. A slug change keeps the old slug redirecting.")
            .Validate<TRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        group.MapPatch(idRoute, ResourceHandlers<TDefinition, TEntity, TRequest, TResponse>.Patch)
            .WithName($"Patch{noun}")
            .WithSummary($"Change some fields of {aName}")
            .WithDescription("JSON Merge Patch (RFC 7396, application/merge-patch+json): send only the fields to change; null clears a field. Requires If-Match.")
            .Accepts<TRequest>(MergePatch.ContentType)
            .ProducesValidationProblem()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        group.MapDelete(idRoute, ResourceHandlers<TDefinition, TEntity, TRequest, TResponse>.Delete)
            .WithName($"Delete{noun}")
            .WithSummary($"Delete {aName}")
            .WithDescription("Requires If-Match. Answers 409 when the resource is still in use.")
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        return group;
    }

    /// <summary>What a conditional write can answer besides success: 404, 409, 412 and 428.</summary>
    public static RouteHandlerBuilder ProducesPreconditionProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
