using System.Text.Json.Serialization;
using ContentApi.Data.Entities;
using ContentApi.Http;
using ContentApi.Related;

namespace ContentApi.Articles;

/// <summary>The writable shape of an article: POST creates from it, PUT replaces with it, PATCH merges into it.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Slug">Lowercase ASCII; generated from the title when absent, and kept when the title changes.</param>
/// <param name="Standfirst">The summary paragraph under the headline.</param>
/// <param name="Body">The body in Markdown (CommonMark); "## " lines become the outline's sub-headings.</param>
/// <param name="Section">The section's id or slug, e.g. "international".</param>
/// <param name="Authors">Ids or slugs of the authors, in byline order.</param>
/// <param name="Tags">Ids, slugs or names of tags; a tag that does not exist yet is created from the text.</param>
/// <param name="FeaturedImage">The lead image.</param>
/// <param name="Seo">Overrides for search engines and social cards.</param>
/// <param name="Status">draft (the default), published, scheduled (needs scheduledAt) or archived.</param>
/// <param name="PublishedAt">Back-dates the article (for imports); takes effect when it is published. Defaults to the moment of publishing.</param>
/// <param name="ScheduledAt">When a scheduled article is to be published (UTC, in the future).</param>
public sealed record ArticleRequest(
    string Title,
    string? Slug = null,
    string? Standfirst = null,
    string? Body = null,
    string? Section = null,
    IReadOnlyList<string>? Authors = null,
    IReadOnlyList<string>? Tags = null,
    FeaturedImage? FeaturedImage = null,
    Seo? Seo = null,
    ArticleStatus? Status = null,
    DateTime? PublishedAt = null,
    DateTime? ScheduledAt = null);

/// <param name="Url">Absolute http(s) URL of the image.</param>
/// <param name="Alt">Alternative text for screen readers.</param>
public sealed record FeaturedImage(string Url, string? Alt = null, string? Caption = null, string? Credit = null)
{
    /// <summary>The image an article's four stored columns describe, or null without a URL. EF calls it in projections.</summary>
    public static FeaturedImage? From(string? url, string? alt, string? caption, string? credit) =>
        url is null ? null : new FeaturedImage(url, alt, caption, credit);
}

/// <param name="Title">The title search engines show, when it differs from the headline.</param>
/// <param name="Description">The meta description.</param>
/// <param name="CanonicalUrl">The canonical URL, when the article first appeared elsewhere.</param>
public sealed record Seo(string? Title = null, string? Description = null, string? CanonicalUrl = null);

/// <summary>A sub-heading of the body; <c>anchor</c> is the id of the heading in bodyHtml.</summary>
public sealed record OutlineItem(int Level, string Text, string Anchor);

/// <summary>A full article, as a reader's page needs it.</summary>
/// <param name="BodyHtml">The body rendered to HTML and sanitised: safe to insert into a page.</param>
/// <param name="BodyText">The body as plain text, for previews and search.</param>
/// <param name="Outline">The sub-headings, with the anchors bodyHtml carries.</param>
/// <param name="Authors">In byline order.</param>
/// <param name="FirstPublishedAt">When the article was first published; kept when it is republished.</param>
/// <param name="Version">Increases on every change; the ETag is made from it.</param>
public sealed record ArticleResponse(
    Guid Id,
    string Slug,
    string Title,
    string? Standfirst,
    string Body,
    string BodyHtml,
    string BodyText,
    IReadOnlyList<OutlineItem> Outline,
    ResourceRef? Section,
    IReadOnlyList<ResourceRef> Authors,
    IReadOnlyList<ResourceRef> Tags,
    FeaturedImage? FeaturedImage,
    Seo Seo,
    ArticleStatus Status,
    DateTime? FirstPublishedAt,
    DateTime? PublishedAt,
    DateTime? ScheduledAt,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int WordCount,
    int ReadingTimeMinutes,
    long Version)
{
    /// <summary>With <c>?include=related</c> only: the first related articles, as ListRelatedArticles lists them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RelatedArticle>? Related { get; init; }
}

/// <summary>An article in a list: everything a teaser needs, without the body.</summary>
public sealed record ArticleSummary(
    Guid Id,
    string Slug,
    string Title,
    string? Standfirst,
    ResourceRef? Section,
    IReadOnlyList<ResourceRef> Authors,
    IReadOnlyList<ResourceRef> Tags,
    FeaturedImage? FeaturedImage,
    ArticleStatus Status,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    int WordCount,
    int ReadingTimeMinutes,
    long Version)
{
    /// <summary>With q: the passage that matched, as HTML-escaped text with the hits in &lt;mark&gt;; null otherwise.</summary>
    public string? Snippet { get; init; }
}
