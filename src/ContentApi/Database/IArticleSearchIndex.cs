using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Search;

namespace ContentApi.Database;

/// <summary>Which text a snippet is cut from.</summary>
public enum SnippetSource
{
    Body,
    AnyField,
}

/// <summary>The provider's full-text index over articles. Index rows grow with creation (<see cref="SearchHit.RowId"/>):
/// relevance ranks only the newest rows of a query and lists older ones by row, so a page's cost never grows with the hits.
/// Queries are built by <see cref="Query"/> from words <see cref="SearchTerms"/> has made safe.</summary>
public interface IArticleSearchIndex
{
    /// <summary>The words ANDed; with <paramref name="lastIsPrefix"/>, the last one also matches longer words.</summary>
    string Query(IReadOnlyList<string> words, bool lastIsPrefix);

    /// <summary>Whether an article in <paramref name="visible"/> (what the caller may see) has <paramref name="word"/> as a
    /// whole word; cheap (one index entry, read until its first visible article).</summary>
    Task<bool> HasWordAsync(ContentDbContext db, string word, IQueryable<Article> visible, CancellationToken cancellationToken);

    /// <summary>Every match, unranked.</summary>
    IQueryable<SearchKey> Matches(ContentDbContext db, string query);

    /// <summary>The lowest index row of the newest <paramref name="rankWindow"/> matches, or 0 when there are fewer.</summary>
    Task<long> WindowStartAsync(ContentDbContext db, string query, int rankWindow, CancellationToken cancellationToken);

    /// <summary>The matches from <paramref name="windowStart"/> on, with their rank (lower is better).</summary>
    IQueryable<SearchHit> Ranked(ContentDbContext db, string query, long windowStart);

    /// <summary>The matches below <paramref name="windowStart"/>, unranked (rank 0).</summary>
    IQueryable<SearchHit> Older(ContentDbContext db, string query, long windowStart);

    /// <summary>A passage of each article around its hits, the hits between <see cref="Snippets.Open"/> and
    /// <see cref="Snippets.Close"/>; null or absent when the source has no hit.</summary>
    Task<Dictionary<Guid, string?>> SnippetsAsync(
        ContentDbContext db, IEnumerable<Guid> articleIds, SnippetSource source, string query, CancellationToken cancellationToken);
}
