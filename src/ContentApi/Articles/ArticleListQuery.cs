using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ContentApi.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using ContentApi.Paging;

namespace ContentApi.Articles;

/// <summary>Filters, sort and paging of article lists.</summary>
public sealed record ArticleListQuery : PageQuery
{
    [FromQuery(Name = "section")]
    [Description("Only articles in this section (id or slug) or its sub-sections.")]
    [StringLength(120)]
    public string? Section { get; init; }

    [FromQuery(Name = "author")]
    [Description("Only articles with this author (id or slug) in the byline.")]
    [StringLength(120)]
    public string? Author { get; init; }

    [FromQuery(Name = "tag")]
    [Description("Only articles with this tag (id or slug). Repeat for articles with all of the tags.")]
    public string[]? Tag { get; init; }

    [FromQuery(Name = "publishedAfter")]
    [Description("Only articles published at or after this time (ISO 8601, UTC).")]
    public DateTimeOffset? PublishedAfter { get; init; }

    [FromQuery(Name = "publishedBefore")]
    [Description("Only articles published before this time (ISO 8601, UTC).")]
    public DateTimeOffset? PublishedBefore { get; init; }

    // A string, not the enum: minimal APIs parse enums in the query case-sensitively ("Draft"), while the
    // contract's enums are lowercase ("draft"). The validator checks it; StatusFilter() reads it.
    [Description("Editors only: articles in this status (draft, scheduled, published or archived). Without a key, lists hold published articles only.")]
    [AllowedValues("draft", "scheduled", "published", "archived")]
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    [FromQuery(Name = "q")]
    [Description("Full-text search in headline, standfirst and body: every word must match, the last also as a prefix; " +
        "accents and case are ignored. Up to 200 characters and 12 words. Items carry a highlighted snippet.")]
    [StringLength(Search.SearchTerms.MaxLength)]
    public string? Q { get; init; }

    [FromQuery(Name = "sort")]
    [Description("-publishedAt (newest first, the default without q), publishedAt, title, -updatedAt, or relevance (best match first; " +
        "the default with q, and only with q).")]
    [DefaultValue("-publishedAt")]
    public string? Sort { get; init; }

    /// <summary>The status filter, when <see cref="Status"/> is one of the lowercase status names.</summary>
    public ArticleStatus? StatusFilter() => Status is not null && StatusNames.TryGetValue(Status, out var status) ? status : null;

    public static bool IsStatusName(string? text) => text is not null && StatusNames.ContainsKey(text);

    private static readonly Dictionary<string, ArticleStatus> StatusNames =
        Enum.GetValues<ArticleStatus>().ToDictionary(s => s.ToString().ToLowerInvariant());
}
