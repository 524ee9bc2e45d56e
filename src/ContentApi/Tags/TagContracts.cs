namespace ContentApi.Tags;

/// <summary>The writable shape of a tag: POST creates from it, PUT replaces with it, PATCH merges into it.</summary>
/// <param name="Name">Display name, e.g. "Ukraine".</param>
/// <param name="Slug">Lowercase ASCII; generated from the name when absent.</param>
/// <param name="Description">Shown on the tag page.</param>
public sealed record TagRequest(string Name, string? Slug = null, string? Description = null);

/// <param name="ArticleCount">Published articles with this tag.</param>
public sealed record TagResponse(
    Guid Id,
    string Slug,
    string Name,
    string? Description,
    int ArticleCount,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version);
