namespace ContentApi.Search;

/// <summary>An article's row in the search index.</summary>
public sealed class SearchKey
{
    public Guid ArticleId { get; init; }
    public long RowId { get; init; }
}

/// <summary>A row of a search: which article, how well it matched, and its index row.</summary>
public sealed class SearchHit
{
    public Guid ArticleId { get; init; }
    public double Rank { get; init; }
    public long RowId { get; init; }
}

/// <summary>A visible match: ranked (in the window) or older, and its index row.</summary>
public sealed class SearchRow
{
    public Guid Id { get; init; }
    public double Rank { get; init; }
    public long RowId { get; init; }
    public bool Ranked { get; init; }
}
