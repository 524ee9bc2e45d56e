namespace ContentApi.Search;

/// <summary>The "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// How many of a query's most recently created matches <c>sort=relevance</c> ranks with bm25 (by index
    /// row, which follows creation); older matches follow, most recent first. Ranking costs a few
    /// microseconds per hit, so an unbounded ranking of a word that is in most of a large archive costs a
    /// tenth of a second or more per request; this bounds it. A query with fewer matches is ranked whole.
    /// </summary>
    public int RankWindow { get; set; } = 1_000;
}
