using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json;
using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using ContentApi.Rendering;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ContentApi.Slugs;

namespace ContentApi.Articles;

/// <summary>Get, create, replace, patch and delete an article. Handlers declare the conditional headers ETags reads,
/// so that Swagger UI offers an If-Match field.</summary>
public static class ArticleHandlers
{
    public static async Task<Results<Ok<ArticleResponse>, StatusCodeHttpResult, RedirectHttpResult, ProblemHttpResult>> GetArticle(
        string idOrSlug, [FromHeader(Name = "If-None-Match"), Description(ETags.IfNoneMatchHelp)] string? ifNoneMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var visible = Visible(db, http.User, clock.GetUtcNow().UtcDateTime);
        var article = await visible.WhereIdOrSlug(idOrSlug).Select(ArticleProjections.ToResponse()).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return await SlugHistory.MovedAsync(db, visible, ResourceKind.Article, idOrSlug, http, cancellationToken) is { } moved
                ? moved
                : Problems.NotFound("article", idOrSlug);
        }

        // The version is known before the bylines are read: a 304 needs no more reading.
        if (ETags.IsNotModified(http, article.Version)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(await ArticleBylines.FillAsync(db, article, cancellationToken));
    }

    public static async Task<Results<Created<ArticleResponse>, ValidationProblem, ProblemHttpResult>> CreateArticle(
        ArticleRequest request, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var context = WriteContext.Of(db, http, clock, cancellationToken);
        // Serialised, so that articles created at once get free numbered slugs and share a new tag rather than answer 409.
        await using var transaction = await ResourceWrites.BeginSerialisedAsync(context, "articles");
        if (request.Slug is { } requested && await db.Articles.IsSlugTakenAsync(requested, null, cancellationToken))
        {
            return Problems.SlugTaken("article", requested);
        }

        var article = new Article { Slug = request.Slug ?? await db.Articles.FreeSlugAsync(request.Title, cancellationToken), Title = request.Title };
        if (await ApplyAsync(request, article, context) is { } errors) return Problems.Invalid(errors);
        await ResourceWrites.AddAsync(db.Articles, ResourceKind.Article, article, context);
        await transaction.CommitAsync(cancellationToken);

        var response = await ReadAsync(context, article.Id);
        http.Response.Headers.ETag = ETags.ForVersion(article.Version);
        return TypedResults.Created($"{ApiRoutes.Prefix}/articles/{article.Id}", response);
    }

    public static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> ReplaceArticle(
        string idOrSlug, ArticleRequest request, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var article = await ForUpdate(db).WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (article is null) return Problems.NotFound("article", idOrSlug);
        if (ETags.CheckIfMatch(http, article.Version) is { } failed) return failed;
        return await SaveAsync(article, request, WriteContext.Of(db, http, clock, cancellationToken), http);
    }

    public static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> PatchArticle(
        string idOrSlug, [FromBody] JsonElement patch, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock,
        MergePatch mergePatch, IValidator<ArticleRequest> validator, CancellationToken cancellationToken)
    {
        var article = await ForUpdate(db).WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (article is null) return Problems.NotFound("article", idOrSlug);
        if (ETags.CheckIfMatch(http, article.Version) is { } failed) return failed;

        var (patched, invalid) = await mergePatch.ApplyValidatedAsync(ToRequest(article), patch, validator, cancellationToken);
        if (invalid is not null) return invalid;

        return await SaveAsync(article, patched!, WriteContext.Of(db, http, clock, cancellationToken), http);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(
        string idOrSlug, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var article = await ForUpdate(db).WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (article is null) return Problems.NotFound("article", idOrSlug);
        if (ETags.CheckIfMatch(http, article.Version) is { } failed) return failed;

        // No other resource embeds an article's representation: none needs a new version.
        await ResourceWrites.DeleteAsync(db.Articles, ResourceKind.Article, article, WriteContext.Of(db, http, clock, cancellationToken));
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The end of PUT, PATCH and a revision's restore: slug rules, references, one transactional save.
    /// <paramref name="article"/> comes from <see cref="ForUpdate"/>.
    /// </summary>
    internal static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        Article article, ArticleRequest request, WriteContext context, HttpContext http)
    {
        // Serialised like a create, so that an edit adding a new tag shares it with a create adding the same one.
        await using var transaction = await ResourceWrites.BeginSerialisedAsync(context, "articles");
        var slug = request.Slug ?? article.Slug;
        if (slug != article.Slug && await context.Db.Articles.IsSlugTakenAsync(slug, article.Id, context.CancellationToken))
        {
            return Problems.SlugTaken("article", slug);
        }

        if (await ApplyAsync(request, article, context) is { } errors) return Problems.Invalid(errors);
        await ResourceWrites.SaveAsync(article, ResourceKind.Article, slug, context);
        await transaction.CommitAsync(context.CancellationToken);
        http.Response.Headers.ETag = ETags.ForVersion(article.Version);
        return TypedResults.Ok(await ReadAsync(context, article.Id));
    }

    /// <summary>An article with what <see cref="ToRequest"/> and <see cref="ApplyAsync"/> need.</summary>
    internal static IQueryable<Article> ForUpdate(ContentDbContext db) => db.Articles
        .Include(a => a.Section)
        .Include(a => a.Authors.OrderBy(x => x.Position)).ThenInclude(x => x.Author)
        .Include(a => a.Tags.OrderBy(x => x.Position)).ThenInclude(x => x.Tag)
        .AsSplitQuery();

    /// <summary>Without a preview, editor or admin key, only published articles exist; a preview token (accepted by
    /// GetArticle only) adds the one article it was issued for.</summary>
    private static IQueryable<Article> Visible(ContentDbContext db, ClaimsPrincipal user, DateTime now)
    {
        var articles = db.Articles.AsNoTracking();
        return user.PreviewArticleId() is { } previewed
            ? articles.Where(a => a.Id == previewed || (a.Status == ArticleStatus.Published && a.PublishedAt <= now))
            : articles.VisibleTo(user.CanSeeDrafts(), now);
    }

    private static async Task<ArticleResponse> ReadAsync(WriteContext context, Guid id)
    {
        var response = await context.Db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(ArticleProjections.ToResponse())
            .FirstAsync(context.CancellationToken);
        return await ArticleBylines.FillAsync(context.Db, response, context.CancellationToken);
    }

    /// <summary>The article's current writable shape: what a merge patch applies to.</summary>
    private static ArticleRequest ToRequest(Article a) => new(
        a.Title, a.Slug, a.Standfirst, a.Body, a.Section?.Slug,
        a.Authors.OrderBy(x => x.Position).Select(x => x.Author.Slug).ToList(),
        a.Tags.OrderBy(x => x.Position).Select(x => x.Tag.Slug).ToList(),
        FeaturedImage.From(a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit),
        new Seo(a.SeoTitle, a.SeoDescription, a.SeoCanonicalUrl),
        a.Status, a.PublishedAt, a.ScheduledAt);

    /// <summary>Copies the request onto the article, resolving references; returns errors for unknown ones.</summary>
    private static async Task<Dictionary<string, string[]>?> ApplyAsync(ArticleRequest request, Article article, WriteContext context)
    {
        var references = await ArticleReferences.ResolveAsync(request, context);
        if (references.Errors is not null) return references.Errors;

        article.Title = request.Title.Trim();
        article.Standfirst = request.Standfirst;
        article.SectionId = references.SectionId;
        ArticleReferences.SetBylines(article, references.AuthorIds);
        ArticleReferences.SetTags(article, references.Tags);
        SetBody(article, request.Body ?? "", context);

        var image = request.FeaturedImage;
        article.FeaturedImageUrl = image?.Url;
        article.FeaturedImageAlt = image?.Alt;
        article.FeaturedImageCaption = image?.Caption;
        article.FeaturedImageCredit = image?.Credit;

        article.SeoTitle = request.Seo?.Title;
        article.SeoDescription = request.Seo?.Description;
        article.SeoCanonicalUrl = request.Seo?.CanonicalUrl;

        ArticleWorkflow.Apply(article, request.Status ?? ArticleStatus.Draft, request.PublishedAt, request.ScheduledAt, context.Now);
        return null;
    }

    private static void SetBody(Article article, string body, WriteContext context)
    {
        if (article.Body == body && article.BodyHtml.Length > 0) return;
        var rendered = context.Services.GetRequiredService<MarkdownRenderer>().Render(body);
        article.Body = body;
        article.BodyHtml = rendered.Html;
        article.BodyText = rendered.Text;
        article.Outline = rendered.Outline;
        article.WordCount = rendered.WordCount;
        article.ReadingTimeMinutes = rendered.ReadingTimeMinutes;
    }
}
