using ContentApi.Data.Entities;

namespace ContentApi.Data;

/// <summary>The rules that turn a write into a changes-feed entry, shared by the change-tracker interceptor and the
/// set-based writes (the scheduled publisher, version bumps) that bypass it.</summary>
public static class ContentChanges
{
    /// <summary>Whether an anonymous reader can see an article in this state at <paramref name="now"/>.</summary>
    public static bool IsPublic(ArticleStatus status, DateTime? publishedAt, DateTime now) =>
        status == ArticleStatus.Published && publishedAt <= now;

    /// <summary>Sections, authors and tags are public whatever their state.</summary>
    public static ContentChange ForTaxonomy(ResourceKind kind, Guid id, string slug, ChangeOperation operation, ChangeReason reason, DateTime now) =>
        new() { Kind = kind, EntityId = id, Slug = slug, Operation = operation, PublicOperation = operation, Reason = reason, OccurredAt = now };

    /// <summary>An article change. The public learns of it only when it can see the article after the change
    /// (an upsert), or could see it before and no longer can (a removal); draft-only edits stay private.</summary>
    public static ContentChange ForArticle(Guid id, string slug, bool wasPublic, bool isPublic, bool removed, ChangeReason reason, DateTime now) =>
        new()
        {
            Kind = ResourceKind.Article,
            EntityId = id,
            Slug = slug,
            Operation = removed ? ChangeOperation.Removal : ChangeOperation.Upsert,
            PublicOperation = isPublic && !removed ? ChangeOperation.Upsert
                : wasPublic ? ChangeOperation.Removal
                : null,
            Reason = reason,
            OccurredAt = now,
        };

    /// <summary>Why an article changed, from its status before and after (null before: just created).</summary>
    public static ChangeReason ArticleReason(ArticleStatus? before, ArticleStatus after, bool slugChanged)
    {
        if (before != after)
        {
            return after switch
            {
                ArticleStatus.Published => ChangeReason.Published,
                ArticleStatus.Scheduled => ChangeReason.Scheduled,
                ArticleStatus.Archived => ChangeReason.Archived,
                _ when before is null => ChangeReason.Created,
                _ => ChangeReason.Unpublished,
            };
        }
        return slugChanged ? ChangeReason.Renamed : ChangeReason.Updated;
    }
}
