using System.Security.Claims;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Database;
using Microsoft.EntityFrameworkCore;
using ContentApi.Slugs;

namespace ContentApi.Http;

/// <summary>What a write needs besides the request: the unit of work, who is writing, and when.</summary>
public sealed record WriteContext(ContentDbContext Db, ClaimsPrincipal User, DateTime Now, IServiceProvider Services, CancellationToken CancellationToken)
{
    public static WriteContext Of(ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken) =>
        new(db, http.User, clock.GetUtcNow().UtcDateTime, http.RequestServices, cancellationToken);
}

/// <summary>The write steps that articles, sections, authors and tags share: free slugs, slug history, and the one
/// transaction a save or delete runs in. Each feature's handlers call them in their own order.</summary>
public static class ResourceWrites
{
    public static Task<bool> IsSlugTakenAsync<TEntity>(this DbSet<TEntity> set, string slug, Guid? except, CancellationToken cancellationToken)
        where TEntity : class, ISlugged =>
        set.AnyAsync(e => e.Slug == slug && e.Id != except, cancellationToken);

    /// <summary>A slug made from <paramref name="source"/> (a title or name), numbered when taken.</summary>
    public static Task<string> FreeSlugAsync<TEntity>(this DbSet<TEntity> set, string source, CancellationToken cancellationToken)
        where TEntity : class, ISlugged =>
        Slug.FirstFreeAsync(Slug.From(source), s => set.IsSlugTakenAsync(s, null, cancellationToken));

    /// <summary>Inserts a new resource; its slug stops redirecting to whatever had it before.</summary>
    public static async Task AddAsync<TEntity>(DbSet<TEntity> set, ResourceKind kind, TEntity entity, WriteContext context)
        where TEntity : class, ISlugged
    {
        await SlugHistory.ReleaseAsync(context.Db, kind, entity.Slug, context.CancellationToken);
        set.Add(entity);
        await context.Db.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>Saves an applied entity in one transaction with its slug history and <paramref name="touchEmbedders"/>
    /// (new versions of the resources embedding it, called before the save).</summary>
    public static async Task SaveAsync<TEntity>(TEntity entity, ResourceKind kind, string slug, WriteContext context, Func<Task>? touchEmbedders = null)
        where TEntity : class, ISlugged, IVersioned
    {
        var db = context.Db;
        // Joins the caller's serialised transaction when it began one for its checks (SectionHandlers); the caller commits it.
        var own = db.Database.CurrentTransaction is null;
        await using var transaction = own ? await db.Database.BeginTransactionAsync(context.CancellationToken) : null;
        await SlugHistory.RecordChangeAsync(db, kind, entity.Id, entity.Slug, slug, context.Now, context.CancellationToken);
        entity.Slug = slug;
        // A change to relations only (tags, byline) changes the representation too: it needs a new version and ETag.
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Unchanged && db.ChangeTracker.HasChanges())
        {
            entry.Property(nameof(IVersioned.Version)).IsModified = true;
        }
        if (touchEmbedders is not null) await touchEmbedders();
        await db.SaveChangesAsync(context.CancellationToken);
        if (transaction is not null) await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>Begins the transaction in which a check that depends on other rows (a section's ancestry) and the save it
    /// guards run alone among writers, through the provider's lock (<see cref="IDatabaseProvider.BeginSerialisedWriteAsync"/>).</summary>
    public static Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginSerialisedAsync(WriteContext context, string scope) =>
        context.Services.GetRequiredService<IDatabaseProvider>().BeginSerialisedWriteAsync(context.Db, scope, context.CancellationToken);

    /// <summary>Deletes an entity with its slug redirects, and <paramref name="touchEmbedders"/> in the same transaction.</summary>
    public static async Task DeleteAsync<TEntity>(DbSet<TEntity> set, ResourceKind kind, TEntity entity, WriteContext context,
        Func<Task>? touchEmbedders = null)
        where TEntity : class, ISlugged
    {
        var db = context.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        db.SlugRedirects.RemoveRange(await db.SlugRedirects
            .Where(r => r.Kind == kind && r.ResourceId == entity.Id).ToListAsync(context.CancellationToken));
        if (touchEmbedders is not null) await touchEmbedders();
        set.Remove(entity);
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>What a conditional write can answer besides success: 404, 409, 412 and 428.</summary>
    public static RouteHandlerBuilder ProducesPreconditionProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
