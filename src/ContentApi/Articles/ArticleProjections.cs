using System.Linq.Expressions;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;

namespace ContentApi.Articles;

/// <summary>
/// One projection per response shape: EF selects only the columns each needs, in one query.
/// Bylines and tags read their names with correlated scalar subqueries on the primary key rather than
/// through the navigation: a navigation makes EF LEFT JOIN a two-table subquery, which SQLite cannot
/// flatten and so materialises whole (every byline of every article, per request: the cost grew with the
/// table). A one-table subquery is flattened into an index seek on (ArticleId, …).
/// </summary>
public static class ArticleProjections
{
    public static Expression<Func<Article, ArticleResponse>> ToResponse(ContentDbContext db) => a => new ArticleResponse(
        a.Id, a.Slug, a.Title, a.Standfirst,
        a.Body, a.BodyHtml, a.BodyText,
        OutlineOf(a.Outline),
        a.Section == null ? null : new ResourceRef(a.Section.Id, a.Section.Slug, a.Section.Name),
        a.Authors.OrderBy(x => x.Position).Select(x => new ResourceRef(x.AuthorId,
            db.Authors.Where(w => w.Id == x.AuthorId).Select(w => w.Slug).FirstOrDefault() ?? "",
            db.Authors.Where(w => w.Id == x.AuthorId).Select(w => w.Name).FirstOrDefault() ?? "")).ToList(),
        a.Tags.OrderBy(x => x.Position).Select(x => new ResourceRef(x.TagId,
            db.Tags.Where(t => t.Id == x.TagId).Select(t => t.Slug).FirstOrDefault() ?? "",
            db.Tags.Where(t => t.Id == x.TagId).Select(t => t.Name).FirstOrDefault() ?? "")).ToList(),
        a.FeaturedImageUrl == null ? null : new FeaturedImage(a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit),
        new Seo(a.SeoTitle, a.SeoDescription, a.SeoCanonicalUrl),
        a.Status, a.FirstPublishedAt, a.PublishedAt, a.ScheduledAt, a.CreatedAt, a.UpdatedAt,
        a.WordCount, a.ReadingTimeMinutes, a.Version);

    // The outline is a JSON column: read it whole and map it in memory (SQLite cannot correlate json_each here).
    private static List<OutlineItem> OutlineOf(List<OutlineEntry> outline) =>
        outline.ConvertAll(o => new OutlineItem(o.Level, o.Text, o.Anchor));

    public static Expression<Func<Article, ArticleSummary>> ToSummary(ContentDbContext db) => a => new ArticleSummary(
        a.Id, a.Slug, a.Title, a.Standfirst,
        a.Section == null ? null : new ResourceRef(a.Section.Id, a.Section.Slug, a.Section.Name),
        a.Authors.OrderBy(x => x.Position).Select(x => new ResourceRef(x.AuthorId,
            db.Authors.Where(w => w.Id == x.AuthorId).Select(w => w.Slug).FirstOrDefault() ?? "",
            db.Authors.Where(w => w.Id == x.AuthorId).Select(w => w.Name).FirstOrDefault() ?? "")).ToList(),
        a.Tags.OrderBy(x => x.Position).Select(x => new ResourceRef(x.TagId,
            db.Tags.Where(t => t.Id == x.TagId).Select(t => t.Slug).FirstOrDefault() ?? "",
            db.Tags.Where(t => t.Id == x.TagId).Select(t => t.Name).FirstOrDefault() ?? "")).ToList(),
        a.FeaturedImageUrl == null ? null : new FeaturedImage(a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit),
        a.Status, a.PublishedAt, a.UpdatedAt, a.WordCount, a.ReadingTimeMinutes, a.Version);
}
