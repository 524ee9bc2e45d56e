namespace ContentApi.Data.Entities;

/// <summary>A slug a resource used to have. Published links must never break, so a renamed resource's old
/// slug keeps answering with a redirect to the current one.</summary>
public class SlugRedirect
{
    public long Id { get; set; }
    public required ResourceKind Kind { get; set; }
    public required string OldSlug { get; set; }
    public required Guid ResourceId { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum ResourceKind
{
    Article,
    Section,
    Author,
    Tag,
}
