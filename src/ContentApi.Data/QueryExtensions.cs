using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>Query pieces shared by features: composable, translated to SQL, no repository layer.</summary>
public static class QueryExtensions
{
    /// <summary>Matches a route's <c>{idOrSlug}</c>: a UUID is an id, anything else a slug.</summary>
    public static IQueryable<T> WhereIdOrSlug<T>(this IQueryable<T> query, string idOrSlug) where T : class, ISlugged =>
        Guid.TryParse(idOrSlug, out var id)
            ? query.Where(x => x.Id == id)
            : query.Where(x => x.Slug == idOrSlug);

    /// <summary>Articles a reader may see: published, and not dated in the future.</summary>
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTime now) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);

    /// <summary>A new version (ETag) for every matched article in one statement, e.g. when a tag it embeds is renamed.
    /// The UPDATE bypasses the change tracker, so the feed entries are added here for the caller's SaveChanges.</summary>
    public static async Task<int> BumpVersionsAsync(this IQueryable<Article> articles, ContentDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var touched = await articles.Select(a => new { a.Id, a.Slug, a.Status, a.PublishedAt }).ToListAsync(cancellationToken);
        foreach (var a in touched)
        {
            var isPublic = ContentChanges.IsPublic(a.Status, a.PublishedAt, now);
            db.ContentChanges.Add(ContentChanges.ForArticle(a.Id, a.Slug, isPublic, isPublic, removed: false, ChangeReason.ReferenceChanged, now));
        }

        db.ContentWritePending = true;
        return await articles.ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Version, a => a.Version + 1)
            .SetProperty(a => a.UpdatedAt, now), cancellationToken);
    }

    public static IQueryable<Article> VisibleTo(this IQueryable<Article> articles, bool canSeeDrafts, DateTime now) =>
        canSeeDrafts ? articles : articles.Published(now);
}
