namespace ContentApi.Data.Entities;

/// <summary>One recorded state of an article after a change. No foreign key to the article on purpose: a deleted
/// article's history is kept.</summary>
public class ArticleRevision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ArticleId { get; set; }

    /// <summary>1, 2, 3… per article.</summary>
    public int Number { get; set; }

    /// <summary>The article's version (ETag) this revision recorded.</summary>
    public long ArticleVersion { get; set; }

    public RevisionAction Action { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The name of the API key that made the change, or the service that did ("scheduler").</summary>
    public required string KeyName { get; set; }

    /// <summary>The key's id, when a key made the change.</summary>
    public string? KeyId { get; set; }

    /// <summary>The article's writable content and status, as JSON.</summary>
    public required string Content { get; set; }
}

public enum RevisionAction
{
    Created,
    Updated,
    Published,
    Unpublished,
    Scheduled,
    Archived,
    Restored,
    Deleted,
}
