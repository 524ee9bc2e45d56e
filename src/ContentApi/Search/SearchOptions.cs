namespace ContentApi.Search;

/// <summary>The "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>How many of a query's newest matches <c>sort=relevance</c> ranks with bm25; older ones follow, newest first.
    /// Ranking costs microseconds per hit, so a word in most of a large archive would cost 100 ms+ unbounded.</summary>
    public int RankWindow { get; set; } = 1_000;
}
