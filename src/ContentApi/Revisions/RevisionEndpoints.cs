using ContentApi.Auth;
using ContentApi.Http;

namespace ContentApi.Revisions;

public static class RevisionEndpoints
{
    /// <summary>An article's history: list, read and restore its revisions.</summary>
    public static RouteGroupBuilder MapArticleRevisions(this RouteGroupBuilder api)
    {
        var revisions = api.MapGroup("/articles/{idOrSlug}/revisions").WithTags("Articles");

        revisions.MapGet("/", RevisionHandlers.List)
            .WithName("ListArticleRevisions")
            .WithSummary("List an article's revisions")
            .WithDescription("Newest first, without content: who changed the article, when, and how (created, updated, published, unpublished, scheduled, archived, restored, deleted). Every change to an article records one. A deleted article's revisions stay listable by its id. Needs a preview, editor or admin key.")
            .Validate<PageQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Preview);

        revisions.MapGet("/{number:int}", RevisionHandlers.Get)
            .WithName("GetArticleRevision")
            .WithSummary("Get one revision of an article")
            .WithDescription("The article's full content and status as that change left them. Needs a preview, editor or admin key.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Preview);

        revisions.MapPost("/{number:int}/restore", RestoreRevision.Handle)
            .WithName("RestoreArticleRevision")
            .WithSummary("Restore a revision of an article")
            .WithDescription("Puts the revision's content (title, slug, standfirst, body, section, authors, tags, featured image, SEO) back on the article and records it as a new revision (action restored); nothing in the history is lost. The article keeps its current status and dates: restoring text never publishes or unpublishes. Requires If-Match with the article's current ETag (428 without it, 412 when stale); 409 when the revision's slug is now another article's, or its section or an author no longer exists.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        return api;
    }
}
