using System.Linq.Expressions;
using System.Security.Claims;
using ContentApi.Data;
using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Http;

/// <summary>What a write handler needs besides the request: the unit of work, who is writing, and when.</summary>
public sealed record WriteContext(ContentDbContext Db, ClaimsPrincipal User, DateTime Now, IServiceProvider Services, CancellationToken CancellationToken);

/// <summary>
/// What makes one resource (article, section, author, tag) different from the others. The HTTP rules they
/// share — idOrSlug lookups, slug redirects, ETags and If-Match, merge patch, 201/Location, 409 on a taken
/// slug — are written once, in <see cref="ResourceHandlers{TDefinition,TEntity,TRequest,TResponse}"/>.
/// </summary>
public interface IResourceDefinition<TEntity, TRequest, TResponse>
    where TEntity : class, ISlugged, IVersioned
    where TRequest : class
{
    static abstract ResourceKind Kind { get; }

    /// <summary>Singular PascalCase noun, for operation names ("GetTag") and messages.</summary>
    static abstract string Noun { get; }

    /// <summary>The collection's route segment ("tags").</summary>
    static abstract string Route { get; }

    static abstract DbSet<TEntity> Set(ContentDbContext db);

    /// <summary>What this caller may read.</summary>
    static abstract IQueryable<TEntity> Visible(ContentDbContext db, ClaimsPrincipal user, DateTime now);

    static abstract Expression<Func<TEntity, TResponse>> ToResponse(ContentDbContext db, ClaimsPrincipal user, DateTime now);

    /// <summary>
    /// Fills in what <see cref="ToResponse"/> leaves out because it is cheaper to read for a whole page in
    /// one statement (an article's bylines and tags). Most resources have nothing to add.
    /// </summary>
    static virtual Task<IReadOnlyList<TResponse>> CompleteAsync(ContentDbContext db, IReadOnlyList<TResponse> responses, CancellationToken cancellationToken) =>
        Task.FromResult(responses);

    static abstract long VersionOf(TResponse response);

    /// <summary>The default list order.</summary>
    static abstract IKeysetSort<TEntity, TResponse> ListOrder { get; }

    /// <summary>Loads an entity with what <see cref="ToRequest"/> and <see cref="ApplyAsync"/> need.</summary>
    static abstract IQueryable<TEntity> ForUpdate(ContentDbContext db);

    /// <summary>The entity's current writable shape: what a merge patch applies to.</summary>
    static abstract TRequest ToRequest(TEntity entity);

    /// <summary>The slug the client asked for (null for none), and the text to generate one from.</summary>
    static abstract (string? Requested, string Source) SlugOf(TRequest request);

    static abstract TEntity Create(TRequest request, string slug);

    /// <summary>Copies the request onto the entity, resolving references; returns errors for unknown ones.</summary>
    static abstract Task<Dictionary<string, string[]>?> ApplyAsync(TRequest request, TEntity entity, WriteContext context);

    /// <summary>Why the entity cannot be deleted (still in use), or null.</summary>
    static abstract Task<string?> DeleteConflictAsync(TEntity entity, WriteContext context);

    /// <summary>
    /// Gives a new version (so a new ETag) to the resources whose responses embed this one, when a change
    /// to it (a rename, a new slug, its removal) changes their representation. Called inside the write's
    /// transaction, before the save, with the entity's changes applied but not yet saved.
    /// </summary>
    static abstract Task TouchEmbeddersAsync(TEntity entity, bool removed, WriteContext context);
}
