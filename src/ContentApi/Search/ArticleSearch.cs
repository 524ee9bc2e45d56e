using System.Globalization;
using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Search;

/// <summary>
/// Full-text search over the FTS5 index the AddArticleSearch migration keeps in step with Articles.
/// The MATCH text is always a parameter built by <see cref="SearchTerms"/>, never the user's text.
/// </summary>
public sealed class ArticleSearch(ContentDbContext db, string match)
{
    public const string RelevanceSort = "relevance";

    /// <summary>
    /// Every indexed article that matches, with its bm25 rank (lower is better). The column weights put a
    /// word in the headline above one in the standfirst, and that above one in the body.
    /// "LIMIT -1" (no limit) stops SQLite from flattening this into the outer join: flattened, the planner
    /// may walk every article and run the MATCH once per article (seconds at 100k); kept whole, the MATCH
    /// runs once and its hits are joined to Articles by primary key.
    /// </summary>
    private IQueryable<SearchHit> Hits => db.Database.SqlQuery<SearchHit>($"""
        SELECT k."ArticleId" AS "ArticleId", bm25("ArticleSearch", 10.0, 4.0, 1.0) AS "Rank"
        FROM "ArticleSearch"
        JOIN "ArticleSearchKeys" AS k ON k."RowId" = "ArticleSearch".rowid
        WHERE "ArticleSearch" MATCH {match}
        LIMIT -1
        """);

    /// <summary>The search for <paramref name="q"/>; null when it holds no word (the validator has said so already).</summary>
    public static ArticleSearch? For(ContentDbContext db, string? q) =>
        SearchTerms.TryParse(q, out var match, out _) ? new ArticleSearch(db, match) : null;

    /// <summary>With q, relevance is the default order; it is the only order that needs q.</summary>
    public static bool SortsByRelevance(string? sort, string? q) => sort == RelevanceSort || (sort is null && q is not null);

    /// <summary>Narrows a filtered article query to the matches, for the keyset sorts (date, title).</summary>
    public IQueryable<Article> Matching(IQueryable<Article> articles)
    {
        // IN (subquery), evaluated once, rather than a correlated EXISTS that would re-run the MATCH per article.
        var ids = Hits.Select(h => h.ArticleId);
        return articles.Where(a => ids.Contains(a.Id));
    }

    /// <summary>
    /// One page in relevance order: best rank first, ties by id. Cursors carry the rank and id of the
    /// item they point past, so paging is keyset like every other order (and page= works too).
    /// </summary>
    public async Task<Paged<ArticleSummary>> PageByRelevanceAsync(
        IQueryable<Article> articles, IPageRequest request, HttpContext http, CancellationToken cancellationToken)
    {
        var limit = request.LimitOf();
        var ranked = articles.Join(Hits, a => a.Id, h => h.ArticleId, (a, h) => new RankedArticle { Article = a, Rank = h.Rank });
        var total = await ranked.CountAsync(cancellationToken);

        var from = request.Cursor is not null && Cursor.TryDecode(request.Cursor, out var decoded) ? decoded : null;
        var backward = from?.Backward ?? false;
        IQueryable<RankedArticle> query = backward
            ? ranked.OrderByDescending(r => r.Rank).ThenByDescending(r => r.Article.Id)
            : ranked.OrderBy(r => r.Rank).ThenBy(r => r.Article.Id);
        if (from is not null && TryParseRank(from.Key, out var rank))
        {
            var id = from.Id;
            query = backward
                ? query.Where(r => r.Rank < rank || (r.Rank == rank && r.Article.Id.CompareTo(id) < 0))
                : query.Where(r => r.Rank > rank || (r.Rank == rank && r.Article.Id.CompareTo(id) > 0));
        }
        if (request.Page is int number) query = query.Skip((number - 1) * limit);

        // Ids and ranks first: EF cannot hang the summary's bylines and tags off a keyless search row.
        var rows = await query.Take(limit + 1).Select(r => new RankedId(r.Article.Id, r.Rank)).ToListAsync(cancellationToken);
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(limit);
        if (backward) rows.Reverse();

        var isFirstPage = from is null && (request.Page ?? 1) == 1;
        var moreAfter = backward ? rows.Count > 0 : hasMore;
        var moreBefore = backward ? hasMore : !isFirstPage && rows.Count > 0;
        var next = moreAfter ? CursorFor(rows[^1], backward: false) : null;
        var prev = moreBefore ? CursorFor(rows[0], backward: true) : null;
        Pager.WriteLinks(http, next, prev);

        var ids = rows.ConvertAll(r => r.Id);
        var summaries = await articles.Where(a => ids.Contains(a.Id)).Select(ArticleProjections.ToSummary(db))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var items = await WithSnippetsAsync(ids.Where(summaries.ContainsKey).Select(id => summaries[id]).ToList(), cancellationToken);
        return new Paged<ArticleSummary>(items, new PageInfo(limit, next, prev, total));
    }

    /// <summary>A cursor from a relevance page continues only a relevance list.</summary>
    public static bool CanRead(Cursor cursor) => cursor.Sort == RelevanceSort && TryParseRank(cursor.Key, out _);

    /// <summary>
    /// The highlighted passage of each item, in one statement for the page's ids only: snippet() reads the
    /// text back, so it is worth doing for twenty hits, not for every match. The body's passage is preferred
    /// (a list shows the headline anyway); the headline or standfirst is used when the body has no hit.
    /// </summary>
    public async Task<IReadOnlyList<ArticleSummary>> WithSnippetsAsync(IReadOnlyList<ArticleSummary> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0) return items;
        var ids = items.Select(i => i.Id).ToList();
        var snippets = await db.Database.SqlQuery<SearchSnippet>($"""
            SELECT k."ArticleId" AS "ArticleId",
                   CASE WHEN instr(snippet("ArticleSearch", 2, char(2), char(3), '…', 24), char(2)) > 0
                        THEN snippet("ArticleSearch", 2, char(2), char(3), '…', 24)
                        ELSE snippet("ArticleSearch", -1, char(2), char(3), '…', 24) END AS "Snippet"
            FROM "ArticleSearch"
            JOIN "ArticleSearchKeys" AS k ON k."RowId" = "ArticleSearch".rowid
            WHERE "ArticleSearch" MATCH {match}
            """)
            .Where(s => ids.Contains(s.ArticleId))
            .ToDictionaryAsync(s => s.ArticleId, s => s.Snippet, cancellationToken);
        return items.Select(i => i with { Snippet = snippets.TryGetValue(i.Id, out var s) && s is not null ? Snippets.ToHtml(s) : null }).ToList();
    }

    private static string CursorFor(RankedId row, bool backward) =>
        new Cursor(RelevanceSort, row.Rank.ToString("R", CultureInfo.InvariantCulture), row.Id, backward).Encode();

    private static bool TryParseRank(string? text, out double rank) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out rank) && double.IsFinite(rank);
}

/// <summary>A row of the FTS5 match: which article, and how well it matched.</summary>
public sealed class SearchHit
{
    public Guid ArticleId { get; init; }
    public double Rank { get; init; }
}

public sealed class SearchSnippet
{
    public Guid ArticleId { get; init; }
    public string? Snippet { get; init; }
}

public sealed class RankedArticle
{
    public required Article Article { get; init; }
    public double Rank { get; init; }
}

internal sealed record RankedId(Guid Id, double Rank);
