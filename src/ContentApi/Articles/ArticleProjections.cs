using System.Linq.Expressions;
using ContentApi.Data.Entities;
using ContentApi.Http;

namespace ContentApi.Articles;

/// <summary>One projection per response shape: EF selects only the columns each needs. Bylines and tags are left
/// empty here and filled by <see cref="ArticleBylines"/> for the whole page in one more statement.</summary>
public static class ArticleProjections
{
    public static Expression<Func<Article, ArticleResponse>> ToResponse() => a => new ArticleResponse(
        a.Id, a.Slug, a.Title, a.Standfirst,
        a.Body, a.BodyHtml, a.BodyText,
        OutlineOf(a.Outline),
        a.Section == null ? null : new ResourceRef(a.Section.Id, a.Section.Slug, a.Section.Name),
        new List<ResourceRef>(), new List<ResourceRef>(),
        FeaturedImage.From(a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit),
        new Seo(a.SeoTitle, a.SeoDescription, a.SeoCanonicalUrl),
        a.Status, a.FirstPublishedAt, a.PublishedAt, a.ScheduledAt, a.CreatedAt, a.UpdatedAt,
        a.WordCount, a.ReadingTimeMinutes, a.Version);

    // The outline is a JSON column: read it whole and map it in memory (SQLite cannot correlate json_each here).
    private static List<OutlineItem> OutlineOf(List<OutlineEntry> outline) =>
        outline.ConvertAll(o => new OutlineItem(o.Level, o.Text, o.Anchor));

    public static Expression<Func<Article, ArticleSummary>> ToSummary() => a => new ArticleSummary(
        a.Id, a.Slug, a.Title, a.Standfirst,
        a.Section == null ? null : new ResourceRef(a.Section.Id, a.Section.Slug, a.Section.Name),
        new List<ResourceRef>(), new List<ResourceRef>(),
        FeaturedImage.From(a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit),
        a.Status, a.PublishedAt, a.UpdatedAt, a.WordCount, a.ReadingTimeMinutes, a.Version);
}
