using System.Text.Json;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Search;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Database.Sqlite;

/// <summary>The FTS5 index kept in step with Articles by the AddArticleSearch migration. The MATCH text is always a
/// parameter built by <see cref="Query"/> from checked words, never the user's text.</summary>
public sealed class SqliteArticleSearchIndex : IArticleSearchIndex
{
    private const int BodyColumn = 2;
    private const int AnyColumn = -1;

    /// <summary>Each word quoted as an FTS5 string (words cannot hold a quote) and ANDed, so operators, *, ^ and - in the
    /// user's text are plain words.</summary>
    public string Query(IReadOnlyList<string> words, bool lastIsPrefix) =>
        string.Join(" AND ", words.Select((w, i) => i == words.Count - 1 && lastIsPrefix ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>One index lookup. Worth asking because FTS5 has no index for prefixes over three letters: a common prefix
    /// costs 150 ms on 100k articles, against 0.1 ms to find the whole word.</summary>
    public Task<bool> HasWordAsync(ContentDbContext db, string word, IQueryable<Article> visible, CancellationToken cancellationToken) =>
        Matches(db, Query([word], lastIsPrefix: false)).AnyAsync(h => visible.Any(a => a.Id == h.ArticleId), cancellationToken);

    public IQueryable<SearchKey> Matches(ContentDbContext db, string query) => db.Database.SqlQuery<SearchKey>($"""
        SELECT k."ArticleId" AS "ArticleId", "ArticleSearch".rowid AS "RowId"
        FROM "ArticleSearch"
        JOIN "ArticleSearchKeys" AS k ON k."RowId" = "ArticleSearch".rowid
        WHERE "ArticleSearch" MATCH {query}
        """);

    /// <summary>Index rows are numbered as articles are created; FTS5 walks a term's rows in order, so this reads a window's worth of row
    /// numbers and no text.</summary>
    public async Task<long> WindowStartAsync(ContentDbContext db, string query, int rankWindow, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {query}
            ORDER BY rowid DESC LIMIT 1 OFFSET {rankWindow - 1}
            """).ToListAsync(cancellationToken);
        return rows.Count == 0 ? 0 : rows[0];
    }

    /// <summary>Ranked by bm25, headline over standfirst over body. "LIMIT -1" keeps the FTS query whole (bm25 only works
    /// inside it); sorted inside by (rank, id) so SQLite stops after a page (17 -> 8 ms for a word in all of 100k).</summary>
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
