namespace ContentApi.Authors;

/// <summary>The writable shape of an author: POST creates from it, PUT replaces with it, PATCH merges into it.</summary>
/// <param name="Name">The byline, e.g. "Elena Marsh".</param>
/// <param name="Slug">Lowercase ASCII; generated from the name when absent.</param>
/// <param name="Bio">A short biography for the author page.</param>
/// <param name="AvatarUrl">An absolute http(s) URL of the author's picture.</param>
/// <param name="Email">Private: only editors ever see it.</param>
/// <param name="Links">The author's website and social profiles.</param>
public sealed record AuthorRequest(
    string Name,
    string? Slug = null,
    string? Bio = null,
    string? AvatarUrl = null,
    string? Email = null,
    AuthorLinks? Links = null);

/// <summary>Absolute http(s) URLs of the author's website and profiles.</summary>
public sealed record AuthorLinks(
    string? Website = null,
    string? X = null,
    string? Facebook = null,
    string? Instagram = null,
    string? LinkedIn = null,
    string? Bluesky = null);

/// <param name="Email">Shown to editors only; null for everyone else.</param>
/// <param name="ArticleCount">Published articles with this author in the byline: the "+ posts" count.</param>
public sealed record AuthorResponse(
    Guid Id,
    string Slug,
    string Name,
    string? Bio,
    string? AvatarUrl,
    string? Email,
    AuthorLinks Links,
    int ArticleCount,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version);
