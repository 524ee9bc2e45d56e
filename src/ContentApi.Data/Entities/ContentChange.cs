namespace ContentApi.Data.Entities;

/// <summary>One changes-feed entry, written in the change's own transaction so the feed never misses or invents one.
/// Never compacted: <see cref="Sequence"/> only grows and clients resume after the last one read.</summary>
public class ContentChange
{
    /// <summary>The feed's cursor: assigned by the database, strictly increasing in commit order.</summary>
    public long Sequence { get; set; }

    public ResourceKind Kind { get; set; }
    public Guid EntityId { get; set; }
    public required string Slug { get; set; }

    /// <summary>What a preview, editor or admin key sees: every change, drafts included.</summary>
    public ChangeOperation Operation { get; set; }

    /// <summary>What an anonymous reader sees, or null when the change is not theirs to know about (a draft edit).
    /// Unpublishing is an upsert for an editor (the draft still exists) but a removal for the public.</summary>
    public ChangeOperation? PublicOperation { get; set; }

    public ChangeReason Reason { get; set; }
    public DateTime OccurredAt { get; set; }
}

public enum ChangeOperation
{
    Upsert,
    Removal,
}

public enum ChangeReason
{
    Created,
    Updated,
    Renamed,
    Published,
    Scheduled,
    Unpublished,
    Archived,
    Deleted,

    /// <summary>A section, author or tag the article embeds was renamed or removed: its representation changed.</summary>
    ReferenceChanged,
}
