using System.ComponentModel;
using System.Linq.Expressions;
using System.Text.Json;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ContentApi.Paging;
using ContentApi.Slugs;

namespace ContentApi.Sections;

/// <summary>Sections. The handlers declare the conditional headers although ETags reads them from the request: declared,
/// they appear in the OpenAPI document, so that Swagger UI offers the editor an If-Match field.</summary>
public static class SectionHandlers
{
    private static readonly IKeysetSort<Section, SectionResponse> NewestFirst =
        new KeysetSort<Section, SectionResponse, DateTime>("-createdAt", x => x.CreatedAt, x => x.Id, descending: true, r => r.CreatedAt, r => r.Id);

    public static async Task<Results<Ok<Paged<SectionResponse>>, ValidationProblem>> ListSections(
        [AsParameters] PageQuery query, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (CursorChecks.CheckSort(query, NewestFirst) is { } badCursor) return badCursor;
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(await db.Sections.AsNoTracking().ToPageAsync(NewestFirst, ToResponse(now), query, http, cancellationToken));
    }

    public static async Task<Results<Ok<SectionResponse>, StatusCodeHttpResult, RedirectHttpResult, ProblemHttpResult>> GetSection(
        string idOrSlug, [FromHeader(Name = "If-None-Match"), Description(ETags.IfNoneMatchHelp)] string? ifNoneMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var sections = db.Sections.AsNoTracking();
        var section = await sections.WhereIdOrSlug(idOrSlug).Select(ToResponse(clock.GetUtcNow().UtcDateTime)).FirstOrDefaultAsync(cancellationToken);
        if (section is null)
        {
            return await SlugHistory.MovedAsync(db, sections, ResourceKind.Section, idOrSlug, http, cancellationToken) is { } moved
                ? moved
                : Problems.NotFound("section", idOrSlug);
        }

        if (ETags.IsNotModified(http, section.Version)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(section);
    }

    public static async Task<Results<Created<SectionResponse>, ValidationProblem, ProblemHttpResult>> CreateSection(
        SectionRequest request, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Slug is { } requested && await db.Sections.IsSlugTakenAsync(requested, null, cancellationToken))
        {
            return Problems.SlugTaken("section", requested);
        }

        var context = WriteContext.Of(db, http, clock, cancellationToken);
        var section = new Section { Slug = request.Slug ?? await db.Sections.FreeSlugAsync(request.Name, cancellationToken), Name = request.Name };
        if (await ApplyAsync(request, section, context) is { } errors) return Problems.Invalid(errors);
        await ResourceWrites.AddAsync(db.Sections, ResourceKind.Section, section, context);

        var response = await ReadAsync(context, section.Id);
        http.Response.Headers.ETag = ETags.ForVersion(section.Version);
        return TypedResults.Created($"{ApiRoutes.Prefix}/sections/{section.Id}", response);
    }

    public static async Task<Results<Ok<SectionResponse>, ValidationProblem, ProblemHttpResult>> ReplaceSection(
        string idOrSlug, SectionRequest request, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var section = await ForUpdate(db).WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (section is null) return Problems.NotFound("section", idOrSlug);
        if (ETags.CheckIfMatch(http, section.Version) is { } failed) return failed;
        return await SaveAsync(section, request, WriteContext.Of(db, http, clock, cancellationToken), http);
    }

    public static async Task<Results<Ok<SectionResponse>, ValidationProblem, ProblemHttpResult>> PatchSection(
        string idOrSlug, [FromBody] JsonElement patch, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock,
        MergePatch mergePatch, IValidator<SectionRequest> validator, CancellationToken cancellationToken)
    {
        var section = await ForUpdate(db).WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (section is null) return Problems.NotFound("section", idOrSlug);
        if (ETags.CheckIfMatch(http, section.Version) is { } failed) return failed;

        var current = new SectionRequest(section.Name, section.Slug, section.Description, section.Parent?.Slug, section.Position);
        var (patched, invalid) = await mergePatch.ApplyValidatedAsync(current, patch, validator, cancellationToken);
        if (invalid is not null) return invalid;

        return await SaveAsync(section, patched!, WriteContext.Of(db, http, clock, cancellationToken), http);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteSection(
        string idOrSlug, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var section = await ForUpdate(db).WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (section is null) return Problems.NotFound("section", idOrSlug);
        if (ETags.CheckIfMatch(http, section.Version) is { } failed) return failed;

        var articles = await db.Articles.CountAsync(a => a.SectionId == section.Id, cancellationToken);
        if (articles > 0) return Problems.Conflict($"The section still has {articles} article(s). Move them to another section first.");
        var children = await db.Sections.CountAsync(s => s.ParentId == section.Id, cancellationToken);
        if (children > 0) return Problems.Conflict($"The section still has {children} sub-section(s). Move or delete them first.");

        var context = WriteContext.Of(db, http, clock, cancellationToken);
        await ResourceWrites.DeleteAsync(db.Sections, ResourceKind.Section, section, context, () => TouchEmbeddersAsync(section, removed: true, context));
        return TypedResults.NoContent();
    }

    /// <summary>The end of PUT and PATCH: slug rules, the parent, then one transactional save.</summary>
    private static async Task<Results<Ok<SectionResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        Section section, SectionRequest request, WriteContext context, HttpContext http)
    {
        // Serialised, so that two editors nesting two sections under each other cannot both pass the cycle check.
        await using var transaction = await ResourceWrites.BeginSerialisedAsync(context, "sections");
        var slug = request.Slug ?? section.Slug;
        if (slug != section.Slug && await context.Db.Sections.IsSlugTakenAsync(slug, section.Id, context.CancellationToken))
        {
            return Problems.SlugTaken("section", slug);
        }

        if (await ApplyAsync(request, section, context) is { } errors) return Problems.Invalid(errors);
        await ResourceWrites.SaveAsync(section, ResourceKind.Section, slug, context, () => TouchEmbeddersAsync(section, removed: false, context));
        await transaction.CommitAsync(context.CancellationToken);
        http.Response.Headers.ETag = ETags.ForVersion(section.Version);
        return TypedResults.Ok(await ReadAsync(context, section.Id));
    }

    private static Expression<Func<Section, SectionResponse>> ToResponse(DateTime now) => s => new SectionResponse(
        s.Id, s.Slug, s.Name, s.Description,
        s.Parent == null ? null : new ResourceRef(s.Parent.Id, s.Parent.Slug, s.Parent.Name),
        s.Position,
        s.Articles.Count(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now),
        s.CreatedAt, s.UpdatedAt, s.Version);

    private static Task<SectionResponse> ReadAsync(WriteContext context, Guid id) =>
        context.Db.Sections.AsNoTracking().Where(s => s.Id == id).Select(ToResponse(context.Now)).FirstAsync(context.CancellationToken);

    /// <summary>With the parent, whose slug a merge patch starts from.</summary>
    private static IQueryable<Section> ForUpdate(ContentDbContext db) => db.Sections.Include(s => s.Parent);

    /// <summary>Copies the request onto the section; returns errors for an unknown or circular parent.</summary>
    private static async Task<Dictionary<string, string[]>?> ApplyAsync(SectionRequest request, Section section, WriteContext context)
    {
        Guid? parentId = null;
        if (request.Parent is not null)
        {
            var parent = await context.Db.Sections.WhereIdOrSlug(request.Parent)
                .Select(p => new { p.Id, p.ParentId }).FirstOrDefaultAsync(context.CancellationToken);
            if (parent is null) return new() { ["parent"] = [$"No section has the id or slug '{request.Parent}'."] };
            if (!await SectionTree.CanNestUnderAsync(context.Db, parent.Id, section.Id, context.CancellationToken))
            {
                return new() { ["parent"] = ["A section cannot be nested under itself or one of its own sub-sections, " +
                    $"nor under a branch that is circular or over {SectionTree.MaxDepth} levels deep."] };
            }
            parentId = parent.Id;
        }

        section.Name = request.Name.Trim();
        section.Description = request.Description;
        section.ParentId = parentId;
        section.Position = request.Position;
        return null;
    }

    /// <summary>Articles embed their section's slug and name, and sub-sections their parent's. (A section in use
    /// cannot be deleted.) Sub-sections are few, so they are bumped through the change tracker.</summary>
    private static async Task TouchEmbeddersAsync(Section section, bool removed, WriteContext context)
    {
        var entry = context.Db.Entry(section);
        if (!removed && !entry.Property(s => s.Name).IsModified && !entry.Property(s => s.Slug).IsModified) return;

        await context.Db.Articles.Where(a => a.SectionId == section.Id).BumpVersionsAsync(context.Db, context.Now, context.CancellationToken);
        foreach (var child in await context.Db.Sections.Where(s => s.ParentId == section.Id).ToListAsync(context.CancellationToken))
        {
            context.Db.Entry(child).Property(s => s.Version).IsModified = true;
        }
    }
}
