using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using ContentApi.Paging;

namespace ContentApi.Search;

/// <summary>Relevance pages: the newest <see cref="SearchOptions.RankWindow"/> matches by bm25 (ties by id), then older
/// matches newest first. A total, stable order, so cursors and page= both work and no request ranks more than a window.</summary>
public static class RelevancePager
{
    public static async Task<Paged<ArticleSummary>> PageAsync(
        ArticleSearch search, IQueryable<Article> articles, IPageRequest request, int total, ContentDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        var limit = request.LimitOf();
        var windowStart = await search.WindowStartAsync(cancellationToken);
        var ranked = search.Ranked(articles, windowStart);
        var older = search.Older(articles, windowStart); // empty when the whole result fits in the window (start 0)

        RelevancePosition? from = null;
        var backward = false;
        if (request.Cursor is not null && Cursor.TryDecode(request.Cursor, out var cursor) && RelevancePosition.TryParse(cursor.Key,
            cursor.Id, out var position))
        {
            from = position;
            backward = cursor.Backward;
        }

        // One row beyond the page tells whether there is more in that direction.
        var rows = backward
            ? await BeforeAsync(ranked, older, from!, limit + 1, cancellationToken)
            : await AfterAsync(ranked, older, from, (request.Page ?? 1) - 1, limit, cancellationToken);
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(limit);
        if (backward) rows.Reverse();

        var isFirstPage = from is null && (request.Page ?? 1) == 1;
        var moreAfter = backward ? rows.Count > 0 : hasMore;
        var moreBefore = backward ? hasMore : !isFirstPage && rows.Count > 0;
        var next = moreAfter ? CursorFor(rows[^1], backward: false) : null;
        var prev = moreBefore ? CursorFor(rows[0], backward: true) : null;
        Pager.WriteLinks(http, next, prev);

        // Ids first, then the summaries: EF cannot hang the summary's bylines and tags off a keyless search row.
        var ids = rows.ConvertAll(r => r.Id);
        var summaries = await articles.Where(a => ids.Contains(a.Id)).Select(ArticleProjections.ToSummary())
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var items = await ArticleBylines.FillAsync(db, ids.Where(summaries.ContainsKey).Select(id => summaries[id]).ToList(), cancellationToken);
        items = await search.WithSnippetsAsync(items, cancellationToken);
        return new Paged<ArticleSummary>(items, new PageInfo(limit, next, prev, total));
    }

    /// <summary>Up to limit + 1 rows after <paramref name="from"/> (or after skipping whole pages), in relevance order.</summary>
    private static async Task<List<SearchRow>> AfterAsync(
        IQueryable<SearchRow> ranked, IQueryable<SearchRow> older, RelevancePosition? from, int pagesToSkip, int limit, CancellationToken cancellationToken)
    {
        var want = limit + 1;
        var skip = pagesToSkip * limit;
        var rows = new List<SearchRow>(want);
        if (from is null || from.Ranked)
        {
            var inWindow = from is null ? ranked : ranked.Where(r => r.Rank > from.Rank || (r.Rank == from.Rank && r.Id.CompareTo(from.Id) > 0));
            rows.AddRange(await inWindow.OrderBy(r => r.Rank).ThenBy(r => r.Id).Skip(skip).Take(want).ToListAsync(cancellationToken));
            // A page that starts beyond the window skips the window's rows first.
            skip = rows.Count > 0 || skip == 0 ? 0 : Math.Max(0, skip - await inWindow.CountAsync(cancellationToken));
        }
        if (rows.Count < want)
        {
            var rest = from is { Ranked: false } ? older.Where(r => r.RowId < from.RowId) : older;
            rows.AddRange(await rest.OrderByDescending(r => r.RowId).Skip(skip).Take(want - rows.Count).ToListAsync(cancellationToken));
        }
        return rows;
    }

    /// <summary>Up to <paramref name="want"/> rows before <paramref name="from"/>, nearest first.</summary>
    private static async Task<List<SearchRow>> BeforeAsync(
        IQueryable<SearchRow> ranked, IQueryable<SearchRow> older, RelevancePosition from, int want, CancellationToken cancellationToken)
    {
        var rows = new List<SearchRow>(want);
        if (!from.Ranked)
        {
            rows.AddRange(await older.Where(r => r.RowId > from.RowId).OrderBy(r => r.RowId).Take(want).ToListAsync(cancellationToken));
        }
        if (rows.Count < want)
        {
            var inWindow = from.Ranked ? ranked.Where(r => r.Rank < from.Rank || (r.Rank == from.Rank && r.Id.CompareTo(from.Id) < 0)) : ranked;
            rows.AddRange(await inWindow.OrderByDescending(r => r.Rank).ThenByDescending(r => r.Id).Take(want - rows.Count).ToListAsync(cancellationToken));
        }
        return rows;
    }

    private static string CursorFor(SearchRow row, bool backward) =>
        new Cursor(ArticleSearch.RelevanceSort, RelevancePosition.Of(row).Key, row.Id, backward).Encode();
}
