using System.Text.Json;
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
public sealed class ArticleSearch(ContentDbContext db, string match, int rankWindow)
{
    public const string RelevanceSort = "relevance";

    /// <summary>
    /// The search for <paramref name="q"/>; null when it holds no word (the validator has said so already).
    /// The last word is searched as a prefix only when no article has it as a whole word, that is, when it
    /// looks unfinished ("ukrai"): FTS5 has no index for prefixes longer than three letters, so a prefix
    /// query merges the position lists of every word that starts with it, for every article, before it can
    /// return one row. For a common word that costs more than the rest of the search together (150 ms
    /// for a word in every one of 100k articles, against 0.1 ms to find that the whole word is indexed).
    /// </summary>
    public static async Task<ArticleSearch?> ForAsync(ContentDbContext db, string? q, SearchOptions options, CancellationToken cancellationToken)
    {
        if (!SearchTerms.TryParse(q, out var words, out _)) return null;
        var last = words[^1];
        var lastIsPrefix = SearchTerms.CanBePrefix(last) && !await IsIndexedAsync(db, last, cancellationToken);
        return new ArticleSearch(db, SearchTerms.Match(words, lastIsPrefix), Math.Max(1, options.RankWindow));
    }

    /// <summary>Whether any article has <paramref name="word"/> as a whole word: FTS5 reads one entry of its list.</summary>
    private static async Task<bool> IsIndexedAsync(ContentDbContext db, string word, CancellationToken cancellationToken)
    {
        var exact = SearchTerms.Match([word], lastIsPrefix: false);
        var rows = await db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {exact} LIMIT 1
            """).ToListAsync(cancellationToken);
        return rows.Count > 0;
    }

    /// <summary>With q, relevance is the default order; it is the only order that needs q.</summary>
    public static bool SortsByRelevance(string? sort, string? q) => sort == RelevanceSort || (sort is null && q is not null);

    /// <summary>A cursor from a relevance page continues only a relevance list.</summary>
    public static bool CanRead(Cursor cursor) => cursor.Sort == RelevanceSort && RelevancePosition.TryParse(cursor.Key, cursor.Id, out _);

    /// <summary>Every match, unranked: each article's index row.</summary>
    private IQueryable<SearchKey> Matches => db.Database.SqlQuery<SearchKey>($"""
        SELECT k."ArticleId" AS "ArticleId", "ArticleSearch".rowid AS "RowId"
        FROM "ArticleSearch"
        JOIN "ArticleSearchKeys" AS k ON k."RowId" = "ArticleSearch".rowid
        WHERE "ArticleSearch" MATCH {match}
        """);

    /// <summary>Narrows a filtered article query to the matches, for the keyset sorts (date, title) and the total.</summary>
    public IQueryable<Article> Matching(IQueryable<Article> articles)
    {
        // IN (subquery), evaluated once, rather than a correlated EXISTS that would re-run the MATCH per article.
        var ids = Matches.Select(h => h.ArticleId);
        return articles.Where(a => ids.Contains(a.Id));
    }

    /// <summary>
    /// The lowest index row in the ranked window: the <c>rankWindow</c>-th newest match (index rows are
    /// numbered as articles are created), or 0 when the query has fewer matches and all of them are ranked.
    /// FTS5 walks a term's rows in order, so this reads a window's worth of row numbers and no text.
    /// </summary>
    public async Task<long> WindowStartAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {match}
            ORDER BY rowid DESC LIMIT 1 OFFSET {rankWindow - 1}
            """).ToListAsync(cancellationToken);
        return rows.Count == 0 ? 0 : rows[0];
    }

    /// <summary>
    /// The visible matches in the window with their bm25 rank (lower is better). The column weights put a
    /// word in the headline above one in the standfirst, and that above one in the body. "LIMIT -1" keeps
    /// the FTS query whole (bm25 only works inside it). Sorted inside by (rank, id), the order every forward
    /// page asks for, so SQLite reads the hits in order and stops looking articles up once it has a page:
    /// about twenty lookups instead of a window's worth (17 -> 8 ms for a word in every article of 100k).
    /// </summary>
    public IQueryable<SearchRow> Ranked(IQueryable<Article> articles, long windowStart) =>
        Visible(db.Database.SqlQuery<SearchHit>($"""
            SELECT k."ArticleId" AS "ArticleId", bm25("ArticleSearch", 10.0, 4.0, 1.0) AS "Rank", "ArticleSearch".rowid AS "RowId"
            FROM "ArticleSearch"
            JOIN "ArticleSearchKeys" AS k ON k."RowId" = "ArticleSearch".rowid
            WHERE "ArticleSearch" MATCH {match} AND "ArticleSearch".rowid >= {windowStart}
            ORDER BY 2, 1
            LIMIT -1
            """), articles)
        .Select(h => new SearchRow { Id = h.ArticleId, Rank = h.Rank, RowId = h.RowId, Ranked = true });

    /// <summary>
    /// The visible matches older than the window, unranked. Kept flat (no "LIMIT -1"), so SQLite walks the
    /// index newest first and a page of them stops after a page's worth of visible hits.
    /// </summary>
    public IQueryable<SearchRow> Older(IQueryable<Article> articles, long windowStart) =>
        Visible(db.Database.SqlQuery<SearchHit>($"""
            SELECT k."ArticleId" AS "ArticleId", 0.0 AS "Rank", "ArticleSearch".rowid AS "RowId"
            FROM "ArticleSearch"
            JOIN "ArticleSearchKeys" AS k ON k."RowId" = "ArticleSearch".rowid
            WHERE "ArticleSearch" MATCH {match} AND "ArticleSearch".rowid < {windowStart}
            """), articles)
        .Select(h => new SearchRow { Id = h.ArticleId, Rank = 0, RowId = h.RowId, Ranked = false });

    /// <summary>
    /// Keeps the hits whose article passes <paramref name="articles"/>' visibility and filters. Written as
    /// EXISTS, not a join, so SQLite has to start from the hits and look each article up by key: as a join,
    /// it may instead walk every published article and probe the hits (55 ms instead of 10 for a word in 459
    /// of 100k articles).
    /// </summary>
    private static IQueryable<SearchHit> Visible(IQueryable<SearchHit> hits, IQueryable<Article> articles) =>
        hits.Where(h => articles.Any(a => a.Id == h.ArticleId));

    /// <summary>
    /// The highlighted passage of each item, for the page's rows only: snippet() reads the text back, so it
    /// is worth doing for twenty hits, not for every match. The body's passage is preferred (a list shows the
    /// headline anyway); the headline or standfirst is used when the body has no hit, in a second statement
    /// for those few items only.
    /// </summary>
    public async Task<IReadOnlyList<ArticleSummary>> WithSnippetsAsync(IReadOnlyList<ArticleSummary> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0) return items;
        var snippets = await SnippetsAsync(items.Select(i => i.Id), BodyColumn, cancellationToken);
        var bodyless = items.Where(i => snippets.GetValueOrDefault(i.Id)?.Contains(Snippets.Open, StringComparison.Ordinal) != true).ToList();
        if (bodyless.Count > 0)
        {
            foreach (var (id, snippet) in await SnippetsAsync(bodyless.Select(i => i.Id), AnyColumn, cancellationToken)) snippets[id] = snippet;
        }
        return items.Select(i => i with { Snippet = snippets.GetValueOrDefault(i.Id) is { } s ? Snippets.ToHtml(s) : null }).ToList();
    }

    private const int BodyColumn = 2;
    private const int AnyColumn = -1;

    private async Task<Dictionary<Guid, string?>> SnippetsAsync(IEnumerable<Guid> articleIds, int column, CancellationToken cancellationToken)
    {
        // The page's keys drive the join (CROSS JOIN fixes the order), so MATCH and snippet() run for these
        // rows only: led by the MATCH instead, SQLite walks every hit of a common word to find twenty.
        // The ids go in as one JSON array of Guids written as EF's SQLite provider stores them (upper case).
        var ids = JsonSerializer.Serialize(articleIds.Select(id => id.ToString("D").ToUpperInvariant()));
        return await db.Database.SqlQuery<SearchSnippet>($"""
            SELECT k."ArticleId" AS "ArticleId", k."RowId" AS "RowId",
                   snippet("ArticleSearch", {column}, char(2), char(3), '…', 24) AS "Snippet"
            FROM "ArticleSearchKeys" AS k
            CROSS JOIN "ArticleSearch" ON "ArticleSearch".rowid = k."RowId"
            WHERE k."ArticleId" IN (SELECT value FROM json_each({ids})) AND "ArticleSearch" MATCH {match}
            """)
            .ToDictionaryAsync(s => s.ArticleId, s => s.Snippet, cancellationToken);
    }
}

/// <summary>An article's row in the FTS5 index.</summary>
public sealed class SearchKey
{
    public Guid ArticleId { get; init; }
    public long RowId { get; init; }
}

/// <summary>A ranked row of the FTS5 match: which article, and how well it matched.</summary>
public sealed class SearchHit
{
    public Guid ArticleId { get; init; }
    public double Rank { get; init; }
    public long RowId { get; init; }
}

public sealed class SearchSnippet
{
    public Guid ArticleId { get; init; }
    public long RowId { get; init; }
    public string? Snippet { get; init; }
}

/// <summary>A visible match: ranked (in the window) or older, and its index row.</summary>
public sealed class SearchRow
{
    public Guid Id { get; init; }
    public double Rank { get; init; }
    public long RowId { get; init; }
    public bool Ranked { get; init; }
}
