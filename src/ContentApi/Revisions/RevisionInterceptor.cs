using System.Linq.Expressions;
using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Revisions;

/// <summary>A revision for every article a save touches, in that save, so both commit or fail together and no write path
/// can forget it. Must run after <see cref="VersioningInterceptor"/> to record the new version.</summary>
public sealed class RevisionInterceptor(RevisionScope scope, TimeProvider clock) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ContentDbContext db) await RecordAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // The SQLite provider's async calls complete synchronously, so blocking here cannot deadlock.
        if (eventData.Context is ContentDbContext db) RecordAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private async Task RecordAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var changed = db.ChangeTracker.Entries<Article>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Count == 0) return;

        var (keyName, keyId) = scope.Writer();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in changed)
        {
            var article = entry.Entity;
            // Read outside the write transaction; two writers of one article also collide on its version
            // (412), and the unique (ArticleId, Number) index stops any other duplicate.
            var last = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == article.Id)
                .MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
            db.ArticleRevisions.Add(new ArticleRevision
            {
                ArticleId = article.Id,
                Number = last + 1,
                ArticleVersion = article.Version,
                Action = ActionOf(entry),
                CreatedAt = now,
                KeyName = keyName,
                KeyId = keyId,
                Content = RevisionJson.Serialize(await SnapshotAsync(db, entry, cancellationToken)),
            });
        }

        scope.NextAction = null;
    }

    private RevisionAction ActionOf(EntityEntry<Article> entry)
    {
        if (entry.State == EntityState.Added) return RevisionAction.Created;
        if (entry.State == EntityState.Deleted) return RevisionAction.Deleted;
        if (scope.NextAction is { } action) return action;

        var from = entry.Property(a => a.Status).OriginalValue;
        var to = entry.Entity.Status;
        return (from, to) switch
        {
            (ArticleStatus.Scheduled, ArticleStatus.Scheduled) when entry.Property(a => a.ScheduledAt).IsModified => RevisionAction.Scheduled,
            _ when from == to => RevisionAction.Updated,
            (_, ArticleStatus.Published) => RevisionAction.Published,
            (_, ArticleStatus.Scheduled) => RevisionAction.Scheduled,
            (_, ArticleStatus.Archived) => RevisionAction.Archived,
            (ArticleStatus.Published or ArticleStatus.Scheduled, ArticleStatus.Draft) => RevisionAction.Unpublished,
            _ => RevisionAction.Updated,
        };
    }

    /// <summary>The article as this save leaves it. Relations come from what the context tracks when the write
    /// loaded them (a PUT replaces them), else from the database (a workflow action leaves them alone).</summary>
    private static async Task<ArticleRevisionContent> SnapshotAsync(ContentDbContext db, EntityEntry<Article> entry, CancellationToken cancellationToken)
    {
        var a = entry.Entity;
        var added = entry.State == EntityState.Added;

        List<Guid> authorIds = added || entry.Collection(x => x.Authors).IsLoaded
            ? a.Authors.OrderBy(x => x.Position).Select(x => x.AuthorId).ToList()
            : await db.ArticleAuthors.AsNoTracking()
                .Where(x => x.ArticleId == a.Id)
                .OrderBy(x => x.Position)
                .Select(x => x.AuthorId)
                .ToListAsync(cancellationToken);
        List<Guid> tagIds = added || entry.Collection(x => x.Tags).IsLoaded
            ? a.Tags.OrderBy(x => x.Position).Select(x => x.TagId).ToList()
            : await db.ArticleTags.AsNoTracking().Where(x => x.ArticleId == a.Id).OrderBy(x => x.Position).Select(x => x.TagId).ToListAsync(cancellationToken);

        var section = a.SectionId is { } sectionId
            ? (await RefsAsync(db.Sections, [sectionId], SectionRef, cancellationToken)).FirstOrDefault()
            : null;
        var authors = await RefsAsync(db.Authors, authorIds, AuthorRef, cancellationToken);
        var tags = await RefsAsync(db.Tags, tagIds, TagRef, cancellationToken);

        return new ArticleRevisionContent(
            a.Title, a.Slug, a.Standfirst, a.Body, section, authors, tags,
            FeaturedImage.From(a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit),
            new Seo(a.SeoTitle, a.SeoDescription, a.SeoCanonicalUrl),
            a.Status, a.FirstPublishedAt, a.PublishedAt, a.ScheduledAt);
    }

    private sealed record RefOf<T>(Expression<Func<T, ResourceRef>> Expression)
    {
        public Func<T, ResourceRef> Compiled { get; } = Expression.Compile();
    }

    private static readonly RefOf<Section> SectionRef = new(s => new ResourceRef(s.Id, s.Slug, s.Name));
    private static readonly RefOf<Author> AuthorRef = new(a => new ResourceRef(a.Id, a.Slug, a.Name));
    private static readonly RefOf<Tag> TagRef = new(t => new ResourceRef(t.Id, t.Slug, t.Name));

    /// <summary>References in the order of <paramref name="ids"/>: tracked rows first (a tag created by this very save), then stored ones.</summary>
    private static async Task<List<ResourceRef>> RefsAsync<T>(
        DbSet<T> set, List<Guid> ids, RefOf<T> toRef, CancellationToken cancellationToken)
        where T : class, ISlugged
    {
        if (ids.Count == 0) return [];
        var found = set.Local.Where(e => ids.Contains(e.Id)).Select(toRef.Compiled).ToDictionary(r => r.Id);
        var missing = ids.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var stored in await set.AsNoTracking().Where(e => missing.Contains(e.Id)).Select(toRef.Expression).ToListAsync(cancellationToken))
            {
                found[stored.Id] = stored;
            }
        }

        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }
}
