using ContentApi.Articles;
using ContentApi.Auth;
using ContentApi.Http;
using ContentApi.Paging;

namespace ContentApi.Authors;

public static class AuthorEndpoints
{
    public static RouteGroupBuilder MapAuthors(this RouteGroupBuilder api)
    {
        var authors = api.MapGroup("/authors").WithTags("Authors");

        authors.MapGet("/", AuthorHandlers.ListAuthors)
            .WithName("ListAuthors")
            .WithSummary("List authors")
            .WithDescription("Newest first, with cursor (keyset) or numbered paging.")
            .Validate<PageQuery>();

        authors.MapGet("/{idOrSlug}", AuthorHandlers.GetAuthor)
            .WithName("GetAuthor")
            .WithSummary("Get an author by id or slug")
            .WithDescription("Answers 301 to the current URL when the slug was renamed, and 304 when If-None-Match holds the current ETag.")
            .Produces(StatusCodes.Status301MovedPermanently)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        authors.MapPost("/", AuthorHandlers.CreateAuthor)
            .WithName("CreateAuthor")
            .WithSummary("Create an author")
            .WithDescription("The slug is generated from the name or title when not given. Answers 201 with Location and ETag.")
            .Validate<AuthorRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        authors.MapPut("/{idOrSlug}", AuthorHandlers.ReplaceAuthor)
            .WithName("ReplaceAuthor")
            .WithSummary("Replace an author")
            .WithDescription("Full replace. Requires If-Match with the ETag you last read: 428 without it, 412 when it is stale. " +
                "A slug change keeps the old slug redirecting.")
            .Validate<AuthorRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        authors.MapPatch("/{idOrSlug}", AuthorHandlers.PatchAuthor)
            .WithName("PatchAuthor")
            .WithSummary("Change some fields of an author")
            .WithDescription("JSON Merge Patch (RFC 7396, application/merge-patch+json): send only the fields to change; " +
                "null clears a field. Requires If-Match.")
            .Accepts<AuthorRequest>(MergePatch.ContentType)
            .ProducesValidationProblem()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        authors.MapDelete("/{idOrSlug}", AuthorHandlers.DeleteAuthor)
            .WithName("DeleteAuthor")
            .WithSummary("Delete an author")
            .WithDescription("Requires If-Match. Answers 409 when the resource is still in use.")
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        authors.MapGet("/{idOrSlug}/articles", ArticleListHandlers.ListAuthorArticles)
            .WithName("ListAuthorArticles")
            .WithSummary("List an author's articles")
            .WithDescription("The byline's \"+ posts\": articles with the author in the byline, with the same filters and paging as " +
                "ListArticles. Answers 301 to the current URL when the slug was renamed.")
            .Validate<ArticleListQuery>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }
}
