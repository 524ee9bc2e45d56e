using ContentApi.Http;

namespace ContentApi.Sections;

/// <summary>The writable shape of a section: POST creates from it, PUT replaces with it, PATCH merges into it.</summary>
/// <param name="Name">Display name, e.g. "International".</param>
/// <param name="Slug">Lowercase ASCII; generated from the name when absent.</param>
/// <param name="Description">Shown on the section front.</param>
/// <param name="Parent">The parent section's id or slug, for nesting (International &gt; Europe); null for a top-level section.</param>
/// <param name="Position">Order among its siblings in navigation, lowest first.</param>
public sealed record SectionRequest(string Name, string? Slug = null, string? Description = null, string? Parent = null, int Position = 0);

/// <param name="ArticleCount">Published articles filed directly in this section.</param>
public sealed record SectionResponse(
    Guid Id,
    string Slug,
    string Name,
    string? Description,
    ResourceRef? Parent,
    int Position,
    int ArticleCount,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version);
