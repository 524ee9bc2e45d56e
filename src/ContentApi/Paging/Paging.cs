using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace ContentApi.Paging;

/// <summary>The list envelope every collection answers with.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, PageInfo Page);

/// <param name="Limit">The page size used.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
/// <param name="PrevCursor">Pass as <c>cursor</c> for the previous page; null on the first page.</param>
/// <param name="Total">How many items match the filters, exactly.</param>
public sealed record PageInfo(int Limit, string? NextCursor, string? PrevCursor, int Total);

/// <summary>Paging parameters shared by every list. Cursor (keyset) paging is the default; <c>page</c> numbers are offered too.</summary>
public interface IPageRequest
{
    int? Limit { get; }
    string? Cursor { get; }
    int? Page { get; }
}

public static class PageLimits
{
    public const int Default = 20;
    public const int Max = 100;
    public const int MaxPageNumber = 100_000;

    public static int LimitOf(this IPageRequest request) => request.Limit ?? Default;
}

/// <summary>Paging for every list; lists with filters of their own extend it.</summary>
public record PageQuery : IPageRequest
{
    [FromQuery(Name = "limit")]
    [Description("Items per page, 1 to 100.")]
    [Range(1, PageLimits.Max), DefaultValue(PageLimits.Default)]
    public int? Limit { get; init; }

    [FromQuery(Name = "cursor")]
    [Description("Opaque cursor from a previous page's nextCursor or prevCursor.")]
    [StringLength(1_000)]
    public string? Cursor { get; init; }

    [FromQuery(Name = "page")]
    [Description("1-based page number, for numbered-page UIs. Cannot be combined with cursor.")]
    [Range(1, PageLimits.MaxPageNumber)]
    public int? Page { get; init; }
}
