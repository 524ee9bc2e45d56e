using System.Text.Json;
using ContentApi.Data;
using ContentApi.Search;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Database.Sqlite;

/// <summary>
/// The FTS5 index (table "ArticleSearch", rowids mapped to articles by "ArticleSearchKeys") that the
/// AddArticleSearch migration keeps in step with Articles. The MATCH text is always a parameter built by
/// <see cref="Query"/> from checked words, never the user's text.
/// </summary>
public sealed class SqliteArticleSearchIndex : IArticleSearchIndex
{
    private const int BodyColumn = 2;
    private const int AnyColumn = -1;

    /// <summary>
    /// Each word quoted as an FTS5 string (words hold only letters, digits and combining marks, so none can
    /// contain a quote to escape), ANDed, so that operators (AND, OR, NOT, NEAR), *, ^ and - in the user's
    /// text are plain words. The words are cut as FTS5's unicode61 tokenizer cuts them (<see cref="SearchTerms"/>).
    /// </summary>
    public string Query(IReadOnlyList<string> words, bool lastIsPrefix) =>
        string.Join(" AND ", words.Select((w, i) => i == words.Count - 1 && lastIsPrefix ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>
    /// FTS5 reads one entry of the word's list. Worth asking because FTS5 has no index for prefixes longer
    /// than three letters: a prefix query merges the position lists of every word that starts with it, for
    /// every article, before it can return one row (150 ms for a word in every one of 100k articles,
    /// against 0.1 ms to find that the whole word is indexed).
    /// </summary>
    public async Task<bool> HasWordAsync(ContentDbContext db, string word, CancellationToken cancellationToken)
    {
        var exact = Query([word], lastIsPrefix: false);
        var rows = await db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {exact} LIMIT 1
            """).ToListAsync(cancellationToken);
        return rows.Count > 0;
    }

    public IQueryable<SearchKey> Matches(ContentDbContext db, string query) => db.Database.SqlQuery<SearchKey>($"""
        SELECT k."ArticleId" AS "ArticleId", "ArticleSearch".rowid AS "RowId"
        FROM "ArticleSearch"
        JOIN "ArticleSearchKeys" AS k ON k."RowId" = "ArticleSearch".rowid
        WHERE "ArticleSearch" MATCH {query}
        """);

    /// <summary>Index rows are numbered as articles are created; FTS5 walks a term's rows in order, so this reads a window's worth of row numbers and no text.</summary>
    public async Task<long> WindowStartAsync(ContentDbContext db, string query, int rankWindow, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {query}
            ORDER BY rowid DESC LIMIT 1 OFFSET {rankWindow - 1}
            """).ToListAsync(cancellationToken);
        return rows.Count == 0 ? 0 : rows[0];
    }

    /// <summary>
    /// Ranked by bm25. The column weights put a word in the headline above one in the standfirst, and that
    /// above one in the body. "LIMIT -1" keeps the FTS query whole (bm25 only works inside it). Sorted
    /// inside by (rank, id), the order every forward page asks for, so SQLite reads the hits in order and
    /// stops looking articles up once it has a page: about twenty lookups instead of a window's worth
    /// (17 -> 8 ms for a word in every article of 100k).
    /// </summary>
    public IQueryable<SearchHit> Ranked(ContentDbContext db, string query, long windowStart) => db.Database.SqlQuery<SearchHit>($"""
        SELECT k."ArticleId" AS "ArticleId", bm25("ArticleSearch", 10.0, 4.0, 1.0) AS "Rank", "ArticleSearch".rowid AS "RowId"
        FROM "ArticleSearch"
        JOIN "ArticleSearchKeys" AS k ON k."RowId" = "ArticleSearch".rowid
        WHERE "ArticleSearch" MATCH {query} AND "ArticleSearch".rowid >= {windowStart}
        ORDER BY 2, 1
        LIMIT -1
        """);

    /// <summary>Kept flat (no "LIMIT -1"), so SQLite walks the index newest first and a page of them stops after a page's worth of visible hits.</summary>
    public IQueryable<SearchHit> Older(ContentDbContext db, string query, long windowStart) => db.Database.SqlQuery<SearchHit>($"""
        SELECT k."ArticleId" AS "ArticleId", 0.0 AS "Rank", "ArticleSearch".rowid AS "RowId"
        FROM "ArticleSearch"
        JOIN "ArticleSearchKeys" AS k ON k."RowId" = "ArticleSearch".rowid
        WHERE "ArticleSearch" MATCH {query} AND "ArticleSearch".rowid < {windowStart}
        """);

    public async Task<Dictionary<Guid, string?>> SnippetsAsync(
        ContentDbContext db, IEnumerable<Guid> articleIds, SnippetSource source, string query, CancellationToken cancellationToken)
    {
        var column = source == SnippetSource.Body ? BodyColumn : AnyColumn;
        // The page's keys drive the join (CROSS JOIN fixes the order), so MATCH and snippet() run for these
        // rows only: led by the MATCH instead, SQLite walks every hit of a common word to find twenty.
        // The ids go in as one JSON array of Guids written as EF's SQLite provider stores them (upper case).
        var ids = JsonSerializer.Serialize(articleIds.Select(id => id.ToString("D").ToUpperInvariant()));
        return await db.Database.SqlQuery<SnippetRow>($"""
            SELECT k."ArticleId" AS "ArticleId", k."RowId" AS "RowId",
                   snippet("ArticleSearch", {column}, char(2), char(3), '…', 24) AS "Snippet"
            FROM "ArticleSearchKeys" AS k
            CROSS JOIN "ArticleSearch" ON "ArticleSearch".rowid = k."RowId"
            WHERE k."ArticleId" IN (SELECT value FROM json_each({ids})) AND "ArticleSearch" MATCH {query}
            """)
            .ToDictionaryAsync(s => s.ArticleId, s => s.Snippet, cancellationToken);
    }

    /// <summary>snippet() marks hits with char(2) and char(3): <see cref="Snippets.Open"/> and <see cref="Snippets.Close"/>.</summary>
    public sealed class SnippetRow
    {
        public Guid ArticleId { get; init; }
        public long RowId { get; init; }
        public string? Snippet { get; init; }
    }
}
