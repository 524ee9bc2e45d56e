using ContentApi.Data;
using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Changes;

/// <summary>A feed entry for every article, section, author and tag a SaveChanges touches, in the same transaction, once
/// here rather than in each handler. Set-based writes record their own (<see cref="QueryExtensions.BumpVersionsAsync"/>).</summary>
public sealed class ChangeFeedInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is not ContentDbContext db) return;
        var now = clock.GetUtcNow().UtcDateTime;
        // Entries() runs DetectChanges, so the states are those the save will write.
        var changes = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ChangeOf(e, now))
            .OfType<ContentChange>()
            .ToList();
        db.ContentChanges.AddRange(changes);
    }

    private static ContentChange? ChangeOf(EntityEntry entry, DateTime now) => entry.Entity switch
    {
        Article article => ArticleChange(entry, article, now),
        Section section => TaxonomyChange(entry, ResourceKind.Section, section, now),
        Author author => TaxonomyChange(entry, ResourceKind.Author, author, now),
        Tag tag => TaxonomyChange(entry, ResourceKind.Tag, tag, now),
        _ => null,
    };

    private static ContentChange TaxonomyChange(EntityEntry entry, ResourceKind kind, ISlugged entity, DateTime now)
    {
        var (operation, reason) = entry.State switch
        {
            EntityState.Added => (ChangeOperation.Upsert, ChangeReason.Created),
            EntityState.Deleted => (ChangeOperation.Removal, ChangeReason.Deleted),
            _ when SlugChanged(entry) => (ChangeOperation.Upsert, ChangeReason.Renamed),
            _ => (ChangeOperation.Upsert, ChangeReason.Updated),
        };
        return ContentChanges.ForTaxonomy(kind, entity.Id, entity.Slug, operation, reason, now);
    }

    private static ContentChange ArticleChange(EntityEntry entry, Article article, DateTime now)
    {
        var isPublic = ContentChanges.IsPublic(article.Status, article.PublishedAt, now);
        if (entry.State == EntityState.Added)
        {
            var created = ContentChanges.ArticleReason(null, article.Status, slugChanged: false);
            return ContentChanges.ForArticle(article.Id, article.Slug, wasPublic: false, isPublic, removed: false, created, now);
        }

        var before = (ArticleStatus)entry.Property(nameof(Article.Status)).OriginalValue!;
        var wasPublic = ContentChanges.IsPublic(before, (DateTime?)entry.Property(nameof(Article.PublishedAt)).OriginalValue, now);
        if (entry.State == EntityState.Deleted)
        {
            return ContentChanges.ForArticle(article.Id, article.Slug, wasPublic, isPublic: false, removed: true, ChangeReason.Deleted, now);
        }

        var reason = ContentChanges.ArticleReason(before, article.Status, SlugChanged(entry));
        return ContentChanges.ForArticle(article.Id, article.Slug, wasPublic, isPublic, removed: false, reason, now);
    }

    private static bool SlugChanged(EntityEntry entry)
    {
        var slug = entry.Property(nameof(ISlugged.Slug));
        return slug.IsModified && !Equals(slug.OriginalValue, slug.CurrentValue);
    }
}
