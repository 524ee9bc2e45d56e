using ContentApi.Auth;
using ContentApi.Http;
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
            .WithDescription("Newest first by default. Filter by section, author, tags and dates; page with cursor (keyset) or page numbers. Without a key, only published articles are listed.")
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
            .WithDescription("Full replace. Requires If-Match with the ETag you last read: 428 without it, 412 when it is stale. A slug change keeps the old slug redirecting.")
            .Validate<ArticleRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        edited.MapPatch("/{idOrSlug}", ArticleHandlers.PatchArticle)
            .WithName("PatchArticle")
            .WithSummary("Change some fields of an article")
            .WithDescription("JSON Merge Patch (RFC 7396, application/merge-patch+json): send only the fields to change; null clears a field. Requires If-Match.")
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
            .WithDescription("The editors' choice first, in their order, then computed related articles, best first, each with its reason and score. Only published articles are ever listed; the article itself must be visible to the caller. Answers 301 to the current URL when the slug was renamed.")
            .Validate<RelatedQuery>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);

        edited.MapPut("/{idOrSlug}/related", RelatedHandlers.SetRelatedArticles)
            .WithName("SetRelatedArticles")
            .WithSummary("Set an article's curated related articles")
            .WithDescription("Replaces the editors' ordered choice (at most 20; not the article itself; no repeats; each must exist, else a 400 naming it). An unpublished choice is kept and shown once it is published. Requires If-Match with the article's ETag, like every write to it, and gives the article a new ETag, so two editors cannot overwrite each other's list. Answers with the related list as readers now see it.")
            .Validate<SetRelatedArticlesRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        // The workflow actions each need If-Match, so that an editor never publishes or pulls a version they have not seen.
        edited.MapPost("/{idOrSlug}/publish", ArticleWorkflowHandlers.PublishArticle)
            .WithName("PublishArticle")
            .WithSummary("Publish an article")
            .WithDescription("Publishes a draft, scheduled or archived article now. publishedAt is the one sent (to back-date), else the date the article already carries (so an archived or unpublished article returns under its original date), else now; firstPublishedAt is set once and kept. The body is optional. Requires If-Match; 409 when already published.")
            .ProducesValidationProblem()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        edited.MapPost("/{idOrSlug}/unpublish", ArticleWorkflowHandlers.UnpublishArticle)
            .WithName("UnpublishArticle")
            .WithSummary("Unpublish an article")
            .WithDescription("Returns a published or scheduled article to draft, hiding it from readers and cancelling any schedule. firstPublishedAt and publishedAt are kept. Requires If-Match; 409 for a draft or archived article.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        edited.MapPost("/{idOrSlug}/schedule", ArticleWorkflowHandlers.ScheduleArticle)
            .WithName("ScheduleArticle")
            .WithSummary("Schedule an article")
            .WithDescription("The article stays hidden until scheduledAt, then publishes itself (once, even with several servers running). A scheduled article can be rescheduled. Requires If-Match; 409 for a published article (unpublish it first).")
            .Validate<ScheduleArticleRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        edited.MapPost("/{idOrSlug}/archive", ArticleWorkflowHandlers.ArchiveArticle)
            .WithName("ArchiveArticle")
            .WithSummary("Archive an article")
            .WithDescription("Retires an article without deleting it: hidden from readers, dates kept, restored by PublishArticle. Drafts and scheduled articles can be archived too (a schedule is cancelled). Requires If-Match; 409 when already archived.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        articles.MapPost("/{idOrSlug}/preview-token", PreviewTokenHandlers.CreatePreviewToken)
            .WithName("CreatePreviewToken")
            .WithSummary("Create a preview token for an article")
            .WithDescription("A short-lived signed token (1 hour by default, at most 24) that lets a frontend show this one article, draft or not, without holding a key: GET /api/v1/articles/{id}?previewToken=…. It opens no other article, no list, and no write; once expired or if altered it answers 401. Needs a preview, editor or admin key, and works only while that key does: revoking the key revokes its tokens. The body is optional. With an Idempotency-Key, a retry answers 409 instead of replaying the token (a credential is never stored); ask again with a new key.")
            .RequireAuthorization(Policies.Preview)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        articles.MapGet("/{idOrSlug}/revisions", RevisionHandlers.ListArticleRevisions)
            .WithName("ListArticleRevisions")
            .WithSummary("List an article's revisions")
            .WithDescription("Newest first, without content: who changed the article, when, and how (created, updated, published, unpublished, scheduled, archived, restored, deleted). Every change to an article records one. A deleted article's revisions stay listable by its id. Needs a preview, editor or admin key.")
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
            .WithDescription("Puts the revision's content (title, slug, standfirst, body, section, authors, tags, featured image, SEO) back on the article and records it as a new revision (action restored); nothing in the history is lost. The article keeps its current status and dates: restoring text never publishes or unpublishes. Requires If-Match with the article's current ETag (428 without it, 412 when stale); 409 when the revision's slug is now another article's, or its section or an author no longer exists.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        return api;
    }
}
