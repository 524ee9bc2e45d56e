using System.ComponentModel;
using System.Linq.Expressions;
using System.Security.Claims;
using System.Text.Json;
using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ContentApi.Paging;
using ContentApi.Slugs;

namespace ContentApi.Authors;

/// <summary>Authors. The handlers declare the conditional headers although ETags reads them from the request: declared,
/// they appear in the OpenAPI document, so that Swagger UI offers the editor an If-Match field.</summary>
public static class AuthorHandlers
{
    private static readonly IKeysetSort<Author, AuthorResponse> NewestFirst =
        new KeysetSort<Author, AuthorResponse, DateTime>("-createdAt", x => x.CreatedAt, x => x.Id, descending: true, r => r.CreatedAt, r => r.Id);

    public static async Task<Results<Ok<Paged<AuthorResponse>>, ValidationProblem>> ListAuthors(
        [AsParameters] PageQuery query, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (CursorChecks.CheckSort(query, NewestFirst) is { } badCursor) return badCursor;
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(await db.Authors.AsNoTracking().ToPageAsync(NewestFirst, ToResponse(http.User, now), query, http, cancellationToken));
    }

    public static async Task<Results<Ok<AuthorResponse>, StatusCodeHttpResult, RedirectHttpResult, ProblemHttpResult>> GetAuthor(
        string idOrSlug, [FromHeader(Name = "If-None-Match"), Description(ETags.IfNoneMatchHelp)] string? ifNoneMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var authors = db.Authors.AsNoTracking();
        var author = await authors.WhereIdOrSlug(idOrSlug).Select(ToResponse(http.User, clock.GetUtcNow().UtcDateTime)).FirstOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            return await SlugHistory.MovedAsync(db, authors, ResourceKind.Author, idOrSlug, http, cancellationToken) is { } moved
                ? moved
                : Problems.NotFound("author", idOrSlug);
        }

        if (ETags.IsNotModified(http, author.Version)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(author);
    }

    public static async Task<Results<Created<AuthorResponse>, ValidationProblem, ProblemHttpResult>> CreateAuthor(
        AuthorRequest request, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Slug is { } requested && await db.Authors.IsSlugTakenAsync(requested, null, cancellationToken))
        {
            return Problems.SlugTaken("author", requested);
        }

        var context = WriteContext.Of(db, http, clock, cancellationToken);
        var author = new Author { Slug = request.Slug ?? await db.Authors.FreeSlugAsync(request.Name, cancellationToken), Name = request.Name };
        Apply(request, author);
        await ResourceWrites.AddAsync(db.Authors, ResourceKind.Author, author, context);

        var response = await ReadAsync(context, author.Id);
        http.Response.Headers.ETag = ETags.ForVersion(author.Version);
        return TypedResults.Created($"{ApiRoutes.Prefix}/authors/{author.Id}", response);
    }

    public static async Task<Results<Ok<AuthorResponse>, ValidationProblem, ProblemHttpResult>> ReplaceAuthor(
        string idOrSlug, AuthorRequest request, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var author = await db.Authors.WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (author is null) return Problems.NotFound("author", idOrSlug);
        if (ETags.CheckIfMatch(http, author.Version) is { } failed) return failed;
        return await SaveAsync(author, request, WriteContext.Of(db, http, clock, cancellationToken), http);
    }

    public static async Task<Results<Ok<AuthorResponse>, ValidationProblem, ProblemHttpResult>> PatchAuthor(
        string idOrSlug, [FromBody] JsonElement patch, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock,
        MergePatch mergePatch, IValidator<AuthorRequest> validator, CancellationToken cancellationToken)
    {
        var author = await db.Authors.WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (author is null) return Problems.NotFound("author", idOrSlug);
        if (ETags.CheckIfMatch(http, author.Version) is { } failed) return failed;

        var current = new AuthorRequest(
            author.Name, author.Slug, author.Bio, author.AvatarUrl, author.Email,
            new AuthorLinks(author.Website, author.X, author.Facebook, author.Instagram, author.LinkedIn, author.Bluesky));
        var (patched, invalid) = await mergePatch.ApplyValidatedAsync(current, patch, validator, cancellationToken);
        if (invalid is not null) return invalid;

        return await SaveAsync(author, patched!, WriteContext.Of(db, http, clock, cancellationToken), http);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAuthor(
        string idOrSlug, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var author = await db.Authors.WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (author is null) return Problems.NotFound("author", idOrSlug);
        if (ETags.CheckIfMatch(http, author.Version) is { } failed) return failed;

        var bylines = await db.ArticleAuthors.CountAsync(aa => aa.AuthorId == author.Id, cancellationToken);
        if (bylines > 0) return Problems.Conflict($"The author is still in the byline of {bylines} article(s). Remove them from those bylines first.");

        var context = WriteContext.Of(db, http, clock, cancellationToken);
        await ResourceWrites.DeleteAsync(db.Authors, ResourceKind.Author, author, context, () => TouchArticlesAsync(author, removed: true, context));
        return TypedResults.NoContent();
    }

    /// <summary>The end of PUT and PATCH: slug rules, then one transactional save.</summary>
    private static async Task<Results<Ok<AuthorResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        Author author, AuthorRequest request, WriteContext context, HttpContext http)
    {
        var slug = request.Slug ?? author.Slug;
        if (slug != author.Slug && await context.Db.Authors.IsSlugTakenAsync(slug, author.Id, context.CancellationToken))
        {
            return Problems.SlugTaken("author", slug);
        }

        Apply(request, author);
        await ResourceWrites.SaveAsync(author, ResourceKind.Author, slug, context, () => TouchArticlesAsync(author, removed: false, context));
        http.Response.Headers.ETag = ETags.ForVersion(author.Version);
        return TypedResults.Ok(await ReadAsync(context, author.Id));
    }

    /// <summary>The email is for editors only.</summary>
    private static Expression<Func<Author, AuthorResponse>> ToResponse(ClaimsPrincipal user, DateTime now)
    {
        var isEditor = user.IsEditor();
        return a => new AuthorResponse(
            a.Id, a.Slug, a.Name, a.Bio, a.AvatarUrl,
            isEditor ? a.Email : null,
            new AuthorLinks(a.Website, a.X, a.Facebook, a.Instagram, a.LinkedIn, a.Bluesky),
            a.Articles.Count(aa => aa.Article.Status == ArticleStatus.Published && aa.Article.PublishedAt <= now),
            a.CreatedAt, a.UpdatedAt, a.Version);
    }

    private static Task<AuthorResponse> ReadAsync(WriteContext context, Guid id) =>
        context.Db.Authors.AsNoTracking().Where(a => a.Id == id).Select(ToResponse(context.User, context.Now)).FirstAsync(context.CancellationToken);

    private static void Apply(AuthorRequest request, Author author)
    {
        var links = request.Links ?? new AuthorLinks();
        author.Name = request.Name.Trim();
        author.Bio = request.Bio;
        author.AvatarUrl = request.AvatarUrl;
        author.Email = request.Email;
        author.Website = links.Website;
        author.X = links.X;
        author.Facebook = links.Facebook;
        author.Instagram = links.Instagram;
        author.LinkedIn = links.LinkedIn;
        author.Bluesky = links.Bluesky;
    }

    /// <summary>Articles embed their authors' slug and name in the byline. (An author in a byline cannot be deleted.)</summary>
    private static Task TouchArticlesAsync(Author author, bool removed, WriteContext context)
    {
        var entry = context.Db.Entry(author);
        return removed || entry.Property(a => a.Name).IsModified || entry.Property(a => a.Slug).IsModified
            ? context.Db.Articles.Where(a => a.Authors.Any(x => x.AuthorId == author.Id)).BumpVersionsAsync(context.Db, context.Now, context.CancellationToken)
            : Task.CompletedTask;
    }
}
