using ContentApi.Articles;
using ContentApi.Auth;
using ContentApi.Http;
using ContentApi.Paging;

namespace ContentApi.Tags;

public static class TagEndpoints
{
    public static RouteGroupBuilder MapTags(this RouteGroupBuilder api)
    {
        var tags = api.MapGroup("/tags").WithTags("Tags");

        tags.MapGet("/", TagHandlers.ListTags)
            .WithName("ListTags")
            .WithSummary("List tags")
            .WithDescription("Newest first, with cursor (keyset) or numbered paging.")
            .Validate<PageQuery>();

        tags.MapGet("/{idOrSlug}", TagHandlers.GetTag)
            .WithName("GetTag")
            .WithSummary("Get a tag by id or slug")
            .WithDescription("Answers 301 to the current URL when the slug was renamed, and 304 when If-None-Match holds the current ETag.")
            .Produces(StatusCodes.Status301MovedPermanently)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        tags.MapPost("/", TagHandlers.CreateTag)
            .WithName("CreateTag")
            .WithSummary("Create a tag")
            .WithDescription("The slug is generated from the name or title when not given. Answers 201 with Location and ETag.")
            .Validate<TagRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        tags.MapPut("/{idOrSlug}", TagHandlers.ReplaceTag)
            .WithName("ReplaceTag")
            .WithSummary("Replace a tag")
            .WithDescription("Full replace. Requires If-Match with the ETag you last read: 428 without it, 412 when it is stale. " +
                "A slug change keeps the old slug redirecting.")
            .Validate<TagRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        tags.MapPatch("/{idOrSlug}", TagHandlers.PatchTag)
            .WithName("PatchTag")
            .WithSummary("Change some fields of a tag")
            .WithDescription("JSON Merge Patch (RFC 7396, application/merge-patch+json): send only the fields to change; " +
                "null clears a field. Requires If-Match.")
            .Accepts<TagRequest>(MergePatch.ContentType)
            .ProducesValidationProblem()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        tags.MapDelete("/{idOrSlug}", TagHandlers.DeleteTag)
            .WithName("DeleteTag")
            .WithSummary("Delete a tag")
            .WithDescription("Requires If-Match. Answers 409 when the resource is still in use.")
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        tags.MapGet("/{idOrSlug}/articles", ArticleListHandlers.ListTagArticles)
            .WithName("ListTagArticles")
            .WithSummary("List a tag's articles")
            .WithDescription("Articles with the tag, with the same filters and paging as ListArticles. " +
                "Answers 301 to the current URL when the slug was renamed.")
            .Validate<ArticleListQuery>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }
}
