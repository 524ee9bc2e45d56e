using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Revisions;

public static class RevisionConflicts
{
    /// <summary>Whether a save lost to a concurrent change: a stale version, or a taken revision number, since EF may insert
    /// the revision before updating the article.</summary>
    public static bool IsConcurrentChange(this DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || (exception.Entries.Count > 0 && exception.Entries.All(e => e.Entity is ArticleRevision));
}
