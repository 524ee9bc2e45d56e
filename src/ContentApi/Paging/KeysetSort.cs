using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace ContentApi.Paging;

/// <summary>A list's sort order and its keyset predicate from a cursor. Ties break by id (UUIDv7), so positions are unique
/// and paging is stable while items are added; an index seek, so depth costs nothing.</summary>
public interface IKeysetSort<TEntity, in TItem>
{
    string Name { get; }
    IQueryable<TEntity> Order(IQueryable<TEntity> query, bool reverse);
    IQueryable<TEntity> After(IQueryable<TEntity> query, Cursor cursor);
    bool CanRead(Cursor cursor);
    Cursor CursorFor(TItem item, bool backward);
}

public sealed class KeysetSort<TEntity, TItem, TKey>(
    string name,
    Expression<Func<TEntity, TKey>> key,
    Expression<Func<TEntity, Guid>> id,
    bool descending,
    Func<TItem, TKey> itemKey,
    Func<TItem, Guid> itemId) : IKeysetSort<TEntity, TItem>
{
    private static readonly MethodInfo GuidCompareTo = typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public string Name => name;

    public IQueryable<TEntity> Order(IQueryable<TEntity> query, bool reverse) =>
        descending != reverse
            ? query.OrderByDescending(key).ThenByDescending(id)
            : query.OrderBy(key).ThenBy(id);

    public bool CanRead(Cursor cursor) => cursor.Sort == name && TryParse(cursor.Key, out _);

    public Cursor CursorFor(TItem item, bool backward) =>
        new(name, Format(itemKey(item)), itemId(item), backward);

    /// <summary>Items strictly past the cursor in the direction it was made for.</summary>
    public IQueryable<TEntity> After(IQueryable<TEntity> query, Cursor cursor)
    {
        if (!TryParse(cursor.Key, out var keyValue)) throw new ArgumentException("The cursor was not checked with CanRead.", nameof(cursor));
        var towardsSmaller = descending != cursor.Backward;
        var entity = key.Parameters[0];
        var keyBody = key.Body;
        var idBody = new ReplaceParameter(id.Parameters[0], entity).Visit(id.Body);

        // Parameters, not constants, so that EF caches one query plan for every cursor.
        var keyArg = Expression.Property(Expression.Constant(new Box<TKey>(keyValue!)), nameof(Box<TKey>.Value));
        var idArg = Expression.Property(Expression.Constant(new Box<Guid>(cursor.Id)), nameof(Box<Guid>.Value));

        var keyPast = Compare(keyBody, keyArg, towardsSmaller);
        var keyEqual = Expression.Equal(keyBody, keyArg);
        var idPast = Compare(Expression.Call(idBody, GuidCompareTo, idArg), towardsSmaller);
        var predicate = Expression.OrElse(keyPast, Expression.AndAlso(keyEqual, idPast));
        return query.Where(Expression.Lambda<Func<TEntity, bool>>(predicate, entity));
    }

    private static BinaryExpression Compare(Expression left, Expression right, bool towardsSmaller) =>
        typeof(TKey) == typeof(string)
            ? Compare(Expression.Call(StringCompare, left, right), towardsSmaller)
            : towardsSmaller ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);

    private static BinaryExpression Compare(Expression comparison, bool towardsSmaller) =>
        towardsSmaller
            ? Expression.LessThan(comparison, Expression.Constant(0))
            : Expression.GreaterThan(comparison, Expression.Constant(0));

    private static string? Format(TKey value) => value switch
    {
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };

    private static bool TryParse(string? text, out TKey value)
    {
        value = default!;
        object? parsed = typeof(TKey) switch
        {
            var t when t == typeof(string) => text,
            var t when t == typeof(DateTime) || t == typeof(DateTime?) =>
                DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null,
            var t when t == typeof(int) =>
                int.TryParse(text, CultureInfo.InvariantCulture, out var number) ? number : null,
            _ => null,
        };
        if (parsed is null) return false;
        value = (TKey)parsed;
        return true;
    }

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
