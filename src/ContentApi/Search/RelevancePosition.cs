using System.Globalization;

namespace ContentApi.Search;

/// <summary>A relevance cursor: in the ranked window (rank, id) or among older matches (index row); written into the
/// cursor key as the rank, or "~" and the row.</summary>
public sealed record RelevancePosition(bool Ranked, double Rank, long RowId, Guid Id)
{
    private const string OlderPrefix = "~";

    public static RelevancePosition Of(SearchRow row) => new(row.Ranked, row.Rank, row.RowId, row.Id);

    public string Key => Ranked ? Rank.ToString("R", CultureInfo.InvariantCulture) : OlderPrefix + RowId.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? key, Guid id, out RelevancePosition position)
    {
        position = null!;
        if (key is null) return false;
        if (key.StartsWith(OlderPrefix, StringComparison.Ordinal))
        {
            if (!long.TryParse(key.AsSpan(OlderPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var rowId)) return false;
            position = new RelevancePosition(false, 0, rowId, id);
            return true;
        }
        if (!double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) || !double.IsFinite(rank)) return false;
        position = new RelevancePosition(true, rank, 0, id);
        return true;
    }
}
