using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>The read of an article's related list: one query over the two precomputed lists.</summary>
public static class RelatedReads
{
    /// <summary>A curated article outranks any computed one.</summary>
    public const double CuratedScore = 1;

    private sealed record Row(Guid RelatedArticleId, int Group, int Order, double Score, RelatedReason Reason);

    /// <summary>
    /// Curated first (in the editors' order), then computed (by rank) without repeating a curated one; both
    /// joined to the published articles at read time, so that an article unpublished after the list was
    /// computed never shows, however stale the list.
    /// </summary>
    public static Task<List<RelatedArticle>> ListAsync(ContentDbContext db, Guid articleId, int limit, DateTime now, CancellationToken cancellationToken)
    {
        var curated = db.CuratedRelatedArticles
            .Where(c => c.ArticleId == articleId)
            .Select(c => new Row(c.RelatedArticleId, 0, c.Position, CuratedScore, RelatedReason.Curated));
        var computed = db.ComputedRelatedArticles
            .Where(c => c.ArticleId == articleId
                && !db.CuratedRelatedArticles.Any(x => x.ArticleId == articleId && x.RelatedArticleId == c.RelatedArticleId))
            .Select(c => new Row(c.RelatedArticleId, 1, c.Rank, c.Score, c.Reason));

        return curated.Concat(computed)
            .Join(db.Articles.AsNoTracking().Published(now), r => r.RelatedArticleId, a => a.Id, (r, a) => new { r, a })
            .OrderBy(x => x.r.Group).ThenBy(x => x.r.Order)
            .Take(limit)
            .Select(x => new RelatedArticle(
                x.a.Id, x.a.Slug, x.a.Title, x.a.Standfirst,
                x.a.Section == null ? null : new ResourceRef(x.a.Section.Id, x.a.Section.Slug, x.a.Section.Name),
                x.a.PublishedAt, "/api/v1/articles/" + x.a.Slug, x.r.Reason, x.r.Score))
            .ToListAsync(cancellationToken);
    }
}
