using System.Linq.Expressions;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;
using ContentApi.Paging;

namespace ContentApi.Revisions;

public static class RevisionHandlers
{
    private static readonly IKeysetSort<ArticleRevision, ArticleRevisionSummary> NewestFirst =
        new KeysetSort<ArticleRevision, ArticleRevisionSummary, int>("-number", r => r.Number, r => r.Id, descending: true, s => s.Number, s => s.Id);

    private static readonly Expression<Func<ArticleRevision, ArticleRevisionSummary>> ToSummary =
        r => new ArticleRevisionSummary(r.Number, r.Action, r.ArticleVersion, r.KeyName, r.CreatedAt, r.Id);

    public static async Task<Results<Ok<Paged<ArticleRevisionSummary>>, ValidationProblem, ProblemHttpResult>> ListArticleRevisions(
        string idOrSlug, [AsParameters] PageQuery query, ContentDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (CursorChecks.CheckSort(query, NewestFirst) is { } badCursor) return badCursor;
        if (await ArticleIdAsync(db, idOrSlug, cancellationToken) is not { } articleId) return Problems.NotFound("article", idOrSlug);

        var page = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId)
            .ToPageAsync(NewestFirst, ToSummary, query, http, cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<ArticleRevisionResponse>, ProblemHttpResult>> GetArticleRevision(
        string idOrSlug, int number, ContentDbContext db, CancellationToken cancellationToken)
    {
        if (await ArticleIdAsync(db, idOrSlug, cancellationToken) is not { } articleId) return Problems.NotFound("article", idOrSlug);

        var revision = await db.ArticleRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ArticleId == articleId && r.Number == number, cancellationToken);
        if (revision is null) return RevisionNotFound(idOrSlug, number);

        return TypedResults.Ok(new ArticleRevisionResponse(
            revision.ArticleId, revision.Number, revision.Action, revision.ArticleVersion, revision.KeyName, revision.CreatedAt,
            RevisionJson.Deserialize(revision.Content)));
    }

    public static ProblemHttpResult RevisionNotFound(string idOrSlug, int number) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: $"The article '{idOrSlug}' has no revision {number}.");

    /// <summary>The article's id; a deleted article is found by its id through the revisions it left, so that its
    /// history (and the content it had) can still be read.</summary>
    private static async Task<Guid?> ArticleIdAsync(ContentDbContext db, string idOrSlug, CancellationToken cancellationToken)
    {
        var id = await db.Articles.AsNoTracking().WhereIdOrSlug(idOrSlug).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is not null || !Guid.TryParse(idOrSlug, out var deleted)) return id;
        return await db.ArticleRevisions.AnyAsync(r => r.ArticleId == deleted, cancellationToken) ? deleted : null;
    }
}
