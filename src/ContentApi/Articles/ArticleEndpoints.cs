using ContentApi.Auth;
using ContentApi.Http;
using ContentApi.Paging;
using ContentApi.Related;
using ContentApi.Revisions;

namespace ContentApi.Articles;

/// <summary>Every /api/v1/articles route: CRUD and list, workflow actions, related articles, preview tokens, revisions.</summary>
public static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticles(this RouteGroupBuilder api)
    {
        var articles = api.MapGroup("/articles").WithTags("Articles");
        // Article writes through `edited` recompute related lists (RelatedRefreshFilter). The preview-token and
        // revision routes are mapped on `articles`, outside it, as they always were: a restore does not recompute.
        var edited = articles.MapGroup("").RecomputesRelatedPosts();

        edited.MapGet("/", ArticleListHandlers.ListArticles)
            .WithName("ListArticles")
            .WithSummary("List articles")
            .WithDescription("Newest first by default. Filter by section, author, tags and dates; page with cursor (keyset) or page numbers. " +
                "Without a key, only published articles are listed.")
            .Validate<ArticleListQuery>();

        edited.MapGet("/{idOrSlug}", ArticleHandlers.GetArticle)
            .WithName("GetArticle")
            .WithSummary("Get an article by id or slug")
            .WithDescription("Answers 301 to the current URL when the slug was renamed, and 304 when If-None-Match holds the current ETag.")
            .Produces(StatusCodes.Status301MovedPermanently)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AcceptsPreviewTokens()
            .WithIncludeRelated();

        edited.MapPost("/", ArticleHandlers.CreateArticle)
            .WithName("CreateArticle")
            .WithSummary("Create an article")
            .WithDescription("The slug is generated from the name or title when not given. Answers 201 with Location and ETag.")
            .Validate<ArticleRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        edited.MapPut("/{idOrSlug}", ArticleHandlers.ReplaceArticle)
            .WithName("ReplaceArticle")
            .WithSummary("Replace an article")
            .WithDescription("Full replace. Requires If-Match with the ETag you last read: 428 without it, 412 when it is stale. " +
                "A slug change keeps the old slug redirecting.")
            .Validate<ArticleRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        edited.MapPatch("/{idOrSlug}", ArticleHandlers.PatchArticle)
            .WithName("PatchArticle")
            .WithSummary("Change some fields of an article")
            .WithDescription("JSON Merge Patch (RFC 7396, application/merge-patch+json): send only the fields to change; " +
                "null clears a field. Requires If-Match.")
            .Accepts<ArticleRequest>(MergePatch.ContentType)
            .ProducesValidationProblem()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        edited.MapDelete("/{idOrSlug}", ArticleHandlers.DeleteArticle)
            .WithName("DeleteArticle")
            .WithSummary("Delete an article")
            .WithDescription("Requires If-Match. Answers 409 when the resource is still in use.")
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        edited.MapGet("/{idOrSlug}/related", RelatedHandlers.ListRelatedArticles)
            .WithName("ListRelatedArticles")
            .WithSummary("List an article's related articles")
            .WithDescription("The editors' choice first, in their order, then computed related articles, best first. " +
                "Only published articles are listed. Answers 301 to the current URL when the slug was renamed.")
            .Validate<RelatedQuery>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);

        edited.MapPut("/{idOrSlug}/related", RelatedHandlers.SetRelatedArticles)
            .WithName("SetRelatedArticles")
            .WithSummary("Set an article's curated related articles")
            .WithDescription("Replaces the editors' ordered choice: at most 20, no repeats, not the article itself, each must exist (else " +
                "400). Requires If-Match with the article's ETag; answers with the list readers now see.")
            .Validate<SetRelatedArticlesRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        // The workflow actions each need If-Match, so that an editor never publishes or pulls a version they have not seen.
        edited.MapPost("/{idOrSlug}/publish", ArticleWorkflowHandlers.PublishArticle)
            .WithName("PublishArticle")
            .WithSummary("Publish an article")
            .WithDescription("Publishes a draft, scheduled or archived article now, under publishedAt if sent, else its existing date, else " +
                "now. The body is optional. Requires If-Match; 409 when already published.")
            .ProducesValidationProblem()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        edited.MapPost("/{idOrSlug}/unpublish", ArticleWorkflowHandlers.UnpublishArticle)
            .WithName("UnpublishArticle")
            .WithSummary("Unpublish an article")
            .WithDescription("Returns a published or scheduled article to draft and cancels any schedule; its dates are kept. " +
                "Requires If-Match; 409 for a draft or archived article.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        edited.MapPost("/{idOrSlug}/schedule", ArticleWorkflowHandlers.ScheduleArticle)
            .WithName("ScheduleArticle")
            .WithSummary("Schedule an article")
            .WithDescription("The article stays hidden until scheduledAt, then publishes itself once; it can be rescheduled. " +
                "Requires If-Match; 409 for a published article (unpublish it first).")
            .Validate<ScheduleArticleRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        edited.MapPost("/{idOrSlug}/archive", ArticleWorkflowHandlers.ArchiveArticle)
            .WithName("ArchiveArticle")
            .WithSummary("Archive an article")
            .WithDescription("Hides an article without deleting it (dates kept; PublishArticle restores it) and cancels any schedule. " +
                "Requires If-Match; 409 when already archived.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        articles.MapPost("/{idOrSlug}/preview-token", PreviewTokenHandlers.CreatePreviewToken)
            .WithName("CreatePreviewToken")
            .WithSummary("Create a preview token for an article")
            .WithDescription("A signed token (1 hour by default, at most 24) that shows this one article, draft or not, without a key: " +
                "GET /api/v1/articles/{id}?previewToken=…. 401 once expired or once its key is revoked. Body optional; needs a preview key. " +
                "Never replayed: an Idempotency-Key retry answers 409.")
            .RequireAuthorization(Policies.Preview)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        articles.MapGet("/{idOrSlug}/revisions", RevisionHandlers.ListArticleRevisions)
            .WithName("ListArticleRevisions")
            .WithSummary("List an article's revisions")
            .WithDescription("Newest first, without content: who changed the article, when and how (created, updated, published, …). " +
                "A deleted article's revisions stay listable by id. Needs a preview, editor or admin key.")
            .Validate<PageQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Preview);

        articles.MapGet("/{idOrSlug}/revisions/{number:int}", RevisionHandlers.GetArticleRevision)
            .WithName("GetArticleRevision")
            .WithSummary("Get one revision of an article")
            .WithDescription("The article's full content and status as that change left them. Needs a preview, editor or admin key.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Preview);

        articles.MapPost("/{idOrSlug}/revisions/{number:int}/restore", RestoreRevision.RestoreArticleRevision)
            .WithName("RestoreArticleRevision")
            .WithSummary("Restore a revision of an article")
            .WithDescription("Puts the revision's content back on the article as a new revision; status and dates are kept. " +
                "Requires If-Match (428 without it, 412 when stale); 409 when its slug is taken or its section or an author is gone.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        return api;
    }
}
