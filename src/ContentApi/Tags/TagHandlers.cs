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

namespace ContentApi.Tags;

/// <summary>Tags. The handlers declare the conditional headers although ETags reads them from the request: declared,
/// they appear in the OpenAPI document, so that Swagger UI offers the editor an If-Match field.</summary>
public static class TagHandlers
{
    private static readonly IKeysetSort<Tag, TagResponse> NewestFirst =
        new KeysetSort<Tag, TagResponse, DateTime>("-createdAt", x => x.CreatedAt, x => x.Id, descending: true, r => r.CreatedAt, r => r.Id);

    public static async Task<Results<Ok<Paged<TagResponse>>, ValidationProblem>> ListTags(
        [AsParameters] PageQuery query, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (CursorChecks.CheckSort(query, NewestFirst) is { } badCursor) return badCursor;
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(await db.Tags.AsNoTracking().ToPageAsync(NewestFirst, ToResponse(now), query, http, cancellationToken));
    }

    public static async Task<Results<Ok<TagResponse>, StatusCodeHttpResult, RedirectHttpResult, ProblemHttpResult>> GetTag(
        string idOrSlug, [FromHeader(Name = "If-None-Match"), Description(ETags.IfNoneMatchHelp)] string? ifNoneMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tags = db.Tags.AsNoTracking();
        var tag = await tags.WhereIdOrSlug(idOrSlug).Select(ToResponse(clock.GetUtcNow().UtcDateTime)).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return await SlugHistory.MovedAsync(db, tags, ResourceKind.Tag, idOrSlug, http, cancellationToken) is { } moved
                ? moved
                : Problems.NotFound("tag", idOrSlug);
        }

        if (ETags.IsNotModified(http, tag.Version)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(tag);
    }

    public static async Task<Results<Created<TagResponse>, ValidationProblem, ProblemHttpResult>> CreateTag(
        TagRequest request, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Slug is { } requested && await db.Tags.IsSlugTakenAsync(requested, null, cancellationToken))
        {
            return Problems.SlugTaken("tag", requested);
        }

        var context = WriteContext.Of(db, http, clock, cancellationToken);
        var tag = new Tag { Slug = request.Slug ?? await db.Tags.FreeSlugAsync(request.Name, cancellationToken), Name = request.Name };
        Apply(request, tag);
        await ResourceWrites.AddAsync(db.Tags, ResourceKind.Tag, tag, context);

        var response = await ReadAsync(context, tag.Id);
        http.Response.Headers.ETag = ETags.ForVersion(tag.Version);
        return TypedResults.Created($"{ApiRoutes.Prefix}/tags/{tag.Id}", response);
    }

    public static async Task<Results<Ok<TagResponse>, ValidationProblem, ProblemHttpResult>> ReplaceTag(
        string idOrSlug, TagRequest request, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (tag is null) return Problems.NotFound("tag", idOrSlug);
        if (ETags.CheckIfMatch(http, tag.Version) is { } failed) return failed;
        return await SaveAsync(tag, request, WriteContext.Of(db, http, clock, cancellationToken), http);
    }

    public static async Task<Results<Ok<TagResponse>, ValidationProblem, ProblemHttpResult>> PatchTag(
        string idOrSlug, [FromBody] JsonElement patch, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock,
        MergePatch mergePatch, IValidator<TagRequest> validator, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (tag is null) return Problems.NotFound("tag", idOrSlug);
        if (ETags.CheckIfMatch(http, tag.Version) is { } failed) return failed;

        var (patched, invalid) = await mergePatch.ApplyValidatedAsync(new TagRequest(tag.Name, tag.Slug, tag.Description), patch, validator, cancellationToken);
        if (invalid is not null) return invalid;

        return await SaveAsync(tag, patched!, WriteContext.Of(db, http, clock, cancellationToken), http);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteTag(
        string idOrSlug, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (tag is null) return Problems.NotFound("tag", idOrSlug);
        if (ETags.CheckIfMatch(http, tag.Version) is { } failed) return failed;

        // Deleting a tag untags its articles, as Ghost and WordPress do: no 409, but they change.
        var context = WriteContext.Of(db, http, clock, cancellationToken);
        await ResourceWrites.DeleteAsync(db.Tags, ResourceKind.Tag, tag, context, () => TouchArticlesAsync(tag, removed: true, context));
        return TypedResults.NoContent();
    }

    /// <summary>The end of PUT and PATCH: slug rules, then one transactional save.</summary>
    private static async Task<Results<Ok<TagResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        Tag tag, TagRequest request, WriteContext context, HttpContext http)
    {
        var slug = request.Slug ?? tag.Slug;
        if (slug != tag.Slug && await context.Db.Tags.IsSlugTakenAsync(slug, tag.Id, context.CancellationToken))
        {
            return Problems.SlugTaken("tag", slug);
        }

        Apply(request, tag);
        await ResourceWrites.SaveAsync(tag, ResourceKind.Tag, slug, context, () => TouchArticlesAsync(tag, removed: false, context));
        http.Response.Headers.ETag = ETags.ForVersion(tag.Version);
        return TypedResults.Ok(await ReadAsync(context, tag.Id));
    }

    private static Expression<Func<Tag, TagResponse>> ToResponse(DateTime now) => t => new TagResponse(
        t.Id, t.Slug, t.Name, t.Description,
        t.Articles.Count(at => at.Article.Status == ArticleStatus.Published && at.Article.PublishedAt <= now),
        t.CreatedAt, t.UpdatedAt, t.Version);

    private static Task<TagResponse> ReadAsync(WriteContext context, Guid id) =>
        context.Db.Tags.AsNoTracking().Where(t => t.Id == id).Select(ToResponse(context.Now)).FirstAsync(context.CancellationToken);

    private static void Apply(TagRequest request, Tag tag)
    {
        tag.Name = request.Name.Trim();
        tag.Description = request.Description;
    }

    /// <summary>Articles embed their tags' slug and name; removing the tag removes it from them.</summary>
    private static Task TouchArticlesAsync(Tag tag, bool removed, WriteContext context)
    {
        var entry = context.Db.Entry(tag);
        return removed || entry.Property(t => t.Name).IsModified || entry.Property(t => t.Slug).IsModified
            ? context.Db.Articles.Where(a => a.Tags.Any(x => x.TagId == tag.Id)).BumpVersionsAsync(context.Db, context.Now, context.CancellationToken)
            : Task.CompletedTask;
    }
}
