using ContentApi.Data.Entities;
using ContentApi.Paging;

namespace ContentApi.Articles;

/// <summary>The documented whitelist of article list orders, each a keyset sort with id as the tie-breaker.</summary>
public static class ArticleSorts
{
    public const string Default = "-publishedAt";

    public static readonly IReadOnlyDictionary<string, IKeysetSort<Article, ArticleSummary>> All =
        new Dictionary<string, IKeysetSort<Article, ArticleSummary>>
        {
            ["-publishedAt"] = new KeysetSort<Article, ArticleSummary, DateTime?>("-publishedAt", a => a.PublishedAt, a => a.Id,
                descending: true, s => s.PublishedAt, s => s.Id),
            ["publishedAt"] = new KeysetSort<Article, ArticleSummary, DateTime?>("publishedAt", a => a.PublishedAt, a => a.Id,
                descending: false, s => s.PublishedAt, s => s.Id),
            ["title"] = new KeysetSort<Article, ArticleSummary, string>("title", a => a.Title, a => a.Id,
                descending: false, s => s.Title, s => s.Id),
            ["-updatedAt"] = new KeysetSort<Article, ArticleSummary, DateTime>("-updatedAt", a => a.UpdatedAt, a => a.Id,
                descending: true, s => s.UpdatedAt, s => s.Id),
        };

    public static bool SortsByPublishedAt(string sort) => sort.EndsWith("publishedAt", StringComparison.Ordinal);
}
