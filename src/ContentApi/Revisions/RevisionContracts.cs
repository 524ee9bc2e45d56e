using ContentApi.Articles;
using ContentApi.Data.Entities;
using ContentApi.Http;

namespace ContentApi.Revisions;

/// <summary>An article's content as a revision records it, relations as {id, slug, name}, so it reads well and a
/// restore finds them by id after renames.</summary>
public sealed record ArticleRevisionContent(
    string Title,
    string Slug,
    string? Standfirst,
    string Body,
    ResourceRef? Section,
    IReadOnlyList<ResourceRef> Authors,
    IReadOnlyList<ResourceRef> Tags,
    FeaturedImage? FeaturedImage,
    Seo Seo,
    ArticleStatus Status,
    DateTime? FirstPublishedAt,
    DateTime? PublishedAt,
    DateTime? ScheduledAt);

/// <summary>A revision in the history list: who did what, when; without the content.</summary>
/// <param name="Number">1 for the article's creation, then 2, 3… in order.</param>
/// <param name="Action">What the change did: created, updated, published, unpublished, scheduled, archived, restored or deleted.</param>
/// <param name="ArticleVersion">The article's version after the change (its ETag then).</param>
/// <param name="KeyName">The name of the API key that made the change, or "scheduler" for scheduled publishing.</param>
public sealed record ArticleRevisionSummary(
    int Number,
    RevisionAction Action,
    long ArticleVersion,
    string KeyName,
    DateTime CreatedAt,
    Guid Id);

/// <summary>One revision with the full content the article had after the change.</summary>
public sealed record ArticleRevisionResponse(
    Guid ArticleId,
    int Number,
    RevisionAction Action,
    long ArticleVersion,
    string KeyName,
    DateTime CreatedAt,
    ArticleRevisionContent Content);
