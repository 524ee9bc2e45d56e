namespace ContentApi.Data.Entities;

public class Article : IVersioned, ISlugged
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Standfirst { get; set; }

    /// <summary>Markdown source, as the editor wrote it.</summary>
    public string Body { get; set; } = "";

    // Derived from Body on every write, so that reads never render Markdown.
    public string BodyHtml { get; set; } = "";
    public string BodyText { get; set; } = "";
    public List<OutlineEntry> Outline { get; set; } = [];
    public int WordCount { get; set; }
    public int ReadingTimeMinutes { get; set; }

    public Guid? SectionId { get; set; }
    public Section? Section { get; set; }
    public List<ArticleAuthor> Authors { get; set; } = [];
    public List<ArticleTag> Tags { get; set; } = [];

    public string? FeaturedImageUrl { get; set; }
    public string? FeaturedImageAlt { get; set; }
    public string? FeaturedImageCaption { get; set; }
    public string? FeaturedImageCredit { get; set; }

    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public string? SeoCanonicalUrl { get; set; }

    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;
    public DateTime? FirstPublishedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? ScheduledAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }
}

public enum ArticleStatus
{
    Draft,
    Scheduled,
    Published,
    Archived,
}

/// <summary>A sub-heading of the body with the anchor its rendered HTML carries.</summary>
public class OutlineEntry
{
    public int Level { get; set; }
    public required string Text { get; set; }
    public required string Anchor { get; set; }
}

/// <summary>A byline: the order of authors matters, as printed.</summary>
public class ArticleAuthor
{
    public Guid ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public Guid AuthorId { get; set; }
    public Author Author { get; set; } = null!;
    public int Position { get; set; }
}

public class ArticleTag
{
    public Guid ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public Guid TagId { get; set; }
    public Tag Tag { get; set; } = null!;
    public int Position { get; set; }
}
