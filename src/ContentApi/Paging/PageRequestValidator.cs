using FluentValidation;
using ContentApi.Http;

namespace ContentApi.Paging;

/// <summary>The paging rules every list shares: limit 1..100 (a 400 beyond, never a silent cap), a readable cursor, and cursor or page but not both.</summary>
public class PageRequestValidator<T> : AbstractValidator<T> where T : IPageRequest
{
    public PageRequestValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max)
            .WithMessage($"limit must be between 1 and {PageLimits.Max}.");
        RuleFor(q => q.Page).InclusiveBetween(1, PageLimits.MaxPageNumber)
            .WithMessage($"page must be between 1 and {PageLimits.MaxPageNumber}.");
        RuleFor(q => q.Cursor)
            .Must(c => Cursor.TryDecode(c, out _))
            .When(q => q.Cursor is not null)
            .WithMessage("This cursor is not one this API issued. Use nextCursor or prevCursor from a previous page, unchanged.");
        RuleFor(q => q.Page).Null().When(q => q.Cursor is not null)
            .WithMessage("Use either cursor or page, not both.");
    }
}

public sealed class PageQueryValidator : PageRequestValidator<PageQuery>;

public static class CursorChecks
{
    /// <summary>A cursor made for another sort order cannot continue this one.</summary>
    public static ValidationProblem? CheckSort<TEntity, TItem>(IPageRequest request, IKeysetSort<TEntity, TItem> sort) =>
        request.Cursor is not null && Cursor.TryDecode(request.Cursor, out var cursor) && !sort.CanRead(cursor)
            ? Problems.Invalid("cursor", $"This cursor belongs to another sort order. Request the first page with sort={sort.Name} again.")
            : null;
}
