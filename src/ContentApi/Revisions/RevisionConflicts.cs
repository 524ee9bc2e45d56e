using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Revisions;

public static class RevisionConflicts
{
    /// <summary>
    /// Whether a save lost to a concurrent change: a stale version (concurrency token), or, for articles,
    /// another save of the same article having taken the revision number first.
    /// EF may insert the revision before it updates the article, so a concurrent change of one article
    /// can surface as this unique violation rather than as a version (concurrency token) conflict; it
    /// means the same thing: someone else's change landed first.
    /// </summary>
    public static bool IsConcurrentChange(this DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || (exception.Entries.Count > 0 && exception.Entries.All(e => e.Entity is ArticleRevision));
}
