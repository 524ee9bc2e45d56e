namespace ContentApi.Data.Entities;

public class Author : IVersioned, ISlugged
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Bio { get; set; }
    public string? AvatarUrl { get; set; }

    /// <summary>Private: shown to editors only.</summary>
    public string? Email { get; set; }

    public string? Website { get; set; }
    public string? X { get; set; }
    public string? Facebook { get; set; }
    public string? Instagram { get; set; }
    public string? LinkedIn { get; set; }
    public string? Bluesky { get; set; }

    public List<ArticleAuthor> Articles { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }
}
