using System.Linq.Expressions;
using ContentApi.Data.Entities;
using ContentApi.Http;

namespace ContentApi.Articles;

/// <summary>One projection per response shape: EF selects only the columns each needs, in one query.</summary>
public static class ArticleProjections
{
    public static readonly Expression<Func<Article, ArticleResponse>> ToResponse = a => new ArticleResponse(
        a.Id, a.Slug, a.Title, a.Standfirst,
        a.Body, a.BodyHtml, a.BodyText,
        OutlineOf(a.Outline),
        a.Section == null ? null : new ResourceRef(a.Section.Id, a.Section.Slug, a.Section.Name),
        a.Authors.OrderBy(x => x.Position).Select(x => new ResourceRef(x.Author.Id, x.Author.Slug, x.Author.Name)).ToList(),
        a.Tags.OrderBy(x => x.Position).Select(x => new ResourceRef(x.Tag.Id, x.Tag.Slug, x.Tag.Name)).ToList(),
        a.FeaturedImageUrl == null ? null : new FeaturedImage(a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit),
        new Seo(a.SeoTitle, a.SeoDescription, a.SeoCanonicalUrl),
        a.Status, a.FirstPublishedAt, a.PublishedAt, a.ScheduledAt, a.CreatedAt, a.UpdatedAt,
        a.WordCount, a.ReadingTimeMinutes, a.Version);

    // The outline is a JSON column: read it whole and map it in memory (SQLite cannot correlate json_each here).
    private static List<OutlineItem> OutlineOf(List<OutlineEntry> outline) =>
        outline.ConvertAll(o => new OutlineItem(o.Level, o.Text, o.Anchor));

    public static readonly Expression<Func<Article, ArticleSummary>> ToSummary = a => new ArticleSummary(
        a.Id, a.Slug, a.Title, a.Standfirst,
        a.Section == null ? null : new ResourceRef(a.Section.Id, a.Section.Slug, a.Section.Name),
        a.Authors.OrderBy(x => x.Position).Select(x => new ResourceRef(x.Author.Id, x.Author.Slug, x.Author.Name)).ToList(),
        a.Tags.OrderBy(x => x.Position).Select(x => new ResourceRef(x.Tag.Id, x.Tag.Slug, x.Tag.Name)).ToList(),
        a.FeaturedImageUrl == null ? null : new FeaturedImage(a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit),
        a.Status, a.PublishedAt, a.UpdatedAt, a.WordCount, a.ReadingTimeMinutes, a.Version);
}
