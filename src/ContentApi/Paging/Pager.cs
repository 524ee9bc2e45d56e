using System.Linq.Expressions;
using ContentApi.Caching;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Paging;

/// <summary>Runs a filtered query as one page: an exact COUNT (cached per filter when the caller gives a key), then
/// one keyset (or numbered) page of projected items. At most two SQL statements per list, whatever the depth.</summary>
public static class Pager
{
    public static async Task<Paged<TItem>> ToPageAsync<TEntity, TItem>(
        this IQueryable<TEntity> filtered,
        IKeysetSort<TEntity, TItem> sort,
        Expression<Func<TEntity, TItem>> projection,
        IPageRequest request,
        HttpContext http,
        CancellationToken cancellationToken,
        ReadCache? totals = null,
        string? totalKey = null)
    {
        var limit = request.LimitOf();
        // An exact COUNT walks every matching index entry: at a million articles it costs more than the page.
        // Lists that pass a key reuse it until the next write (see ReadCache), so the steady state is one statement.
        var total = totals is not null && totalKey is not null
            ? await totals.GetOrComputeAsync("total\u001f" + totalKey, () => filtered.CountAsync(cancellationToken))
            : await filtered.CountAsync(cancellationToken);

        Cursor? from = null;
        if (request.Cursor is not null && !Cursor.TryDecode(request.Cursor, out from))
        {
            throw new InvalidOperationException("Cursors are validated before paging.");
        }

        var backward = from?.Backward ?? false;
        var query = sort.Order(filtered, reverse: backward);
        if (from is not null) query = sort.After(query, from);
        if (request.Page is int number) query = query.Skip((number - 1) * limit);

        var items = await query.Take(limit + 1).Select(projection).ToListAsync(cancellationToken);
        var hasMore = items.Count > limit;
        if (hasMore) items.RemoveAt(limit);
        if (backward) items.Reverse();

        var isFirstPage = from is null && (request.Page ?? 1) == 1;
        var moreAfter = backward ? items.Count > 0 : hasMore;
        var moreBefore = backward ? hasMore : !isFirstPage && items.Count > 0;

        var next = moreAfter ? sort.CursorFor(items[^1], backward: false).Encode() : null;
        var prev = moreBefore ? sort.CursorFor(items[0], backward: true).Encode() : null;

        WriteLinks(http, next, prev);
        return new Paged<TItem>(items, new PageInfo(limit, next, prev, total));
    }

    /// <summary>RFC 8288 links mirroring the cursors, so generic HTTP clients can walk the list.</summary>
    public static void WriteLinks(HttpContext http, string? next, string? prev)
    {
        var links = new List<string>(2);
        if (next is not null) links.Add($"<{WithCursor(http.Request, next)}>; rel=\"next\"");
        if (prev is not null) links.Add($"<{WithCursor(http.Request, prev)}>; rel=\"prev\"");
        if (links.Count > 0) http.Response.Headers.Link = string.Join(", ", links);
    }

    private static string WithCursor(HttpRequest request, string cursor)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => p.Key is not ("cursor" or "page"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("cursor", cursor));
        return UriHelper.BuildRelative(request.PathBase, request.Path, QueryString.Create(query));
    }
}
