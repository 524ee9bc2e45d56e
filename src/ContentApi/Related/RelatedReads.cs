using System.Linq.Expressions;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>The read of an article's related list, from the two precomputed lists.</summary>
public static class RelatedReads
{
    /// <summary>A curated article outranks any computed one.</summary>
    public const double CuratedScore = 1;

    /// <summary>Curated first, then computed without repeats, in at most two indexed queries. Both join published articles
    /// at read time, so a stale list never shows an unpublished one. (A UNION lost its constant columns in EF.)</summary>
    public static async Task<List<RelatedArticle>> ListAsync(ContentDbContext db, Guid articleId, int limit, DateTime now, CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Published(now);
        var items = await db.CuratedRelatedArticles.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .Join(published, c => c.RelatedArticleId, a => a.Id,
                (c, a) => new Pair { Article = a, Order = c.Position, Score = CuratedScore, Reason = RelatedReason.Curated })
            .OrderBy(x => x.Order)
            .Take(limit)
            .Select(ToItem)
            .ToListAsync(cancellationToken);
        if (items.Count >= limit) return items;

        var computed = await db.ComputedRelatedArticles.AsNoTracking()
            .Where(c => c.ArticleId == articleId
                && !db.CuratedRelatedArticles.Any(x => x.ArticleId == articleId && x.RelatedArticleId == c.RelatedArticleId))
            .Join(published, c => c.RelatedArticleId, a => a.Id, (c, a) => new Pair { Article = a, Order = c.Rank, Score = c.Score, Reason = c.Reason })
            .OrderBy(x => x.Order)
            .Take(limit - items.Count)
            .Select(ToItem)
            .ToListAsync(cancellationToken);
        return [.. items, .. computed];
    }

    // Initialised by members, not a constructor: EF can order by the members of the one, not the other.
    private sealed class Pair
    {
        public required Article Article { get; init; }
        public int Order { get; init; }
        public double Score { get; init; }
        public RelatedReason Reason { get; init; }
    }

    private static readonly Expression<Func<Pair, RelatedArticle>> ToItem = x => new RelatedArticle(
        x.Article.Id, x.Article.Slug, x.Article.Title, x.Article.Standfirst,
        x.Article.Section == null ? null : new ResourceRef(x.Article.Section.Id, x.Article.Section.Slug, x.Article.Section.Name),
        x.Article.PublishedAt, ApiRoutes.Prefix + "/articles/" + x.Article.Slug, x.Reason, x.Score);
}
