using System.ComponentModel;
using System.Text.Json;
using ContentApi.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Http;

/// <summary>
/// The read and write handlers every resource shares, specialised by its <typeparamref name="TDefinition"/>.
/// </summary>
public static class ResourceHandlers<TDefinition, TEntity, TRequest, TResponse>
    where TDefinition : IResourceDefinition<TEntity, TRequest, TResponse>
    where TEntity : class, Data.Entities.ISlugged, Data.Entities.IVersioned
    where TRequest : class
{
    // The handlers declare the conditional headers although ETags reads them from the request: declared,
    // they appear in the OpenAPI document, so that Swagger UI offers the editor an If-Match field.

    private static string Name => TDefinition.Noun.ToLowerInvariant();

    public static async Task<Results<Ok<Paged<TResponse>>, ValidationProblem>> List(
        [AsParameters] PageQuery query, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var sort = TDefinition.ListOrder;
        if (CursorChecks.CheckSort(query, sort) is { } badCursor) return badCursor;
        var now = clock.GetUtcNow().UtcDateTime;
        var page = await TDefinition.Visible(db, http.User, now)
            .ToPageAsync(sort, TDefinition.ToResponse(db, http.User, now), query, http, cancellationToken);
        return TypedResults.Ok(page with { Items = await TDefinition.CompleteAsync(db, page.Items, cancellationToken) });
    }

    public static async Task<Results<Ok<TResponse>, StatusCodeHttpResult, RedirectHttpResult, ProblemHttpResult>> Get(
        string idOrSlug, [FromHeader(Name = "If-None-Match"), Description(ETags.IfNoneMatchHelp)] string? ifNoneMatch, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var visible = TDefinition.Visible(db, http.User, now);
        var found = await visible.WhereIdOrSlug(idOrSlug)
            .Select(TDefinition.ToResponse(db, http.User, now))
            .FirstOrDefaultAsync(cancellationToken);

        if (found is null)
        {
            var current = await SlugHistory.CurrentSlugAsync(db, visible, TDefinition.Kind, idOrSlug, cancellationToken);
            return current is null
                ? Problems.NotFound(Name, idOrSlug)
                : TypedResults.Redirect(SlugHistory.RedirectPath(http, current), permanent: true);
        }

        // The version is known before the response is completed: a 304 needs no more reading.
        var etag = ETags.ForVersion(TDefinition.VersionOf(found));
        http.Response.Headers.ETag = etag;
        if (ETags.IsNotModified(http.Request, etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok((await TDefinition.CompleteAsync(db, [found], cancellationToken))[0]);
    }

    public static async Task<Results<Created<TResponse>, ValidationProblem, ProblemHttpResult>> Create(
        TRequest request, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var context = new WriteContext(db, http.User, clock.GetUtcNow().UtcDateTime, http.RequestServices, cancellationToken);
        var (requested, source) = TDefinition.SlugOf(request);
        if (requested is not null && await IsSlugTaken(db, requested, except: null, cancellationToken))
        {
            return Problems.SlugTaken(Name, requested);
        }

        var slug = requested ?? await Slugs.FirstFreeAsync(Slugs.From(source), s => IsSlugTaken(db, s, null, cancellationToken));
        var entity = TDefinition.Create(request, slug);
        var errors = await TDefinition.ApplyAsync(request, entity, context);
        if (errors is not null) return Problems.Invalid(errors);

        await SlugHistory.ReleaseAsync(db, TDefinition.Kind, slug, cancellationToken);
        TDefinition.Set(db).Add(entity);
        await db.SaveChangesAsync(cancellationToken);

        var response = await Reload(entity, context);
        http.Response.Headers.ETag = ETags.ForVersion(entity.Version);
        return TypedResults.Created($"/api/v1/{TDefinition.Route}/{entity.Id}", response);
    }

    public static async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> Replace(
        string idOrSlug, TRequest request, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entity = await FindForUpdate(db, idOrSlug, cancellationToken);
        if (entity is null) return Problems.NotFound(Name, idOrSlug);
        if (ETags.CheckIfMatch(http, entity.Version) is { } failed) return failed;
        return await Save(entity, request, new WriteContext(db, http.User, clock.GetUtcNow().UtcDateTime, http.RequestServices, cancellationToken), http);
    }

    public static async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> Patch(
        string idOrSlug, [FromBody] JsonElement patch, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock,
        MergePatch mergePatch, IValidator<TRequest> validator, CancellationToken cancellationToken)
    {
        var entity = await FindForUpdate(db, idOrSlug, cancellationToken);
        if (entity is null) return Problems.NotFound(Name, idOrSlug);
        if (ETags.CheckIfMatch(http, entity.Version) is { } failed) return failed;

        var (patched, errors) = mergePatch.Apply(TDefinition.ToRequest(entity), patch);
        if (errors is not null) return Problems.Invalid(errors);

        var validation = await validator.ValidateAsync(patched!, cancellationToken);
        if (!validation.IsValid)
        {
            return Problems.Invalid(validation);
        }

        return await Save(entity, patched!, new WriteContext(db, http.User, clock.GetUtcNow().UtcDateTime, http.RequestServices, cancellationToken), http);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string idOrSlug, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entity = await FindForUpdate(db, idOrSlug, cancellationToken);
        if (entity is null) return Problems.NotFound(Name, idOrSlug);
        if (ETags.CheckIfMatch(http, entity.Version) is { } failed) return failed;

        var context = new WriteContext(db, http.User, clock.GetUtcNow().UtcDateTime, http.RequestServices, cancellationToken);
        if (await TDefinition.DeleteConflictAsync(entity, context) is { } conflict) return Problems.Conflict(conflict);

        var kind = TDefinition.Kind;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SlugRedirects.RemoveRange(await db.SlugRedirects
            .Where(r => r.Kind == kind && r.ResourceId == entity.Id).ToListAsync(cancellationToken));
        await TDefinition.TouchEmbeddersAsync(entity, removed: true, context);
        TDefinition.Set(db).Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The shared end of PUT, PATCH and a revision's restore: slug rules, references, one transactional save.</summary>
    internal static async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> Save(
        TEntity entity, TRequest request, WriteContext context, HttpContext http)
    {
        var (requested, _) = TDefinition.SlugOf(request);
        var slug = requested ?? entity.Slug;
        if (slug != entity.Slug && await IsSlugTaken(context.Db, slug, entity.Id, context.CancellationToken))
        {
            return Problems.SlugTaken(Name, slug);
        }

        var errors = await TDefinition.ApplyAsync(request, entity, context);
        if (errors is not null) return Problems.Invalid(errors);

        // One transaction: the slug history, the resources that embed this one, and the resource itself.
        await using var transaction = await context.Db.Database.BeginTransactionAsync(context.CancellationToken);
        await SlugHistory.RecordChangeAsync(context.Db, TDefinition.Kind, entity.Id, entity.Slug, slug, context.Now, context.CancellationToken);
        entity.Slug = slug;
        // A change to relations only (tags, byline) changes the representation too: it needs a new version and ETag.
        var entry = context.Db.Entry(entity);
        if (entry.State == EntityState.Unchanged && context.Db.ChangeTracker.HasChanges())
        {
            entry.Property(nameof(Data.Entities.IVersioned.Version)).IsModified = true;
        }
        await TDefinition.TouchEmbeddersAsync(entity, removed: false, context);
        await context.Db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);

        http.Response.Headers.ETag = ETags.ForVersion(entity.Version);
        return TypedResults.Ok(await Reload(entity, context));
    }

    private static Task<TEntity?> FindForUpdate(ContentDbContext db, string idOrSlug, CancellationToken cancellationToken) =>
        TDefinition.ForUpdate(db).WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);

    private static Task<bool> IsSlugTaken(ContentDbContext db, string slug, Guid? except, CancellationToken cancellationToken) =>
        TDefinition.Set(db).AnyAsync(e => e.Slug == slug && e.Id != except, cancellationToken);

    private static async Task<TResponse> Reload(TEntity entity, WriteContext context)
    {
        var response = await TDefinition.Set(context.Db).AsNoTracking().Where(e => e.Id == entity.Id)
            .Select(TDefinition.ToResponse(context.Db, context.User, context.Now))
            .FirstAsync(context.CancellationToken);
        return (await TDefinition.CompleteAsync(context.Db, [response], context.CancellationToken))[0];
    }
}
