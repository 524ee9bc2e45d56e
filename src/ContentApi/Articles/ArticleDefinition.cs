using System.Linq.Expressions;
using System.Security.Claims;
using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using ContentApi.Rendering;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Articles;

public sealed class ArticleDefinition : IResourceDefinition<Article, ArticleRequest, ArticleResponse>
{
    public static ResourceKind Kind => ResourceKind.Article;
    public static string Noun => "Article";
    public static string Route => "articles";

    public static DbSet<Article> Set(ContentDbContext db) => db.Articles;

    /// <summary>
    /// Without a preview, editor or admin key, only published articles exist; a preview token (accepted by
    /// GetArticle only) adds the one article it was issued for.
    /// </summary>
    public static IQueryable<Article> Visible(ContentDbContext db, ClaimsPrincipal user, DateTime now)
    {
        var articles = db.Articles.AsNoTracking();
        return user.PreviewArticleId() is { } previewed
            ? articles.Where(a => a.Id == previewed || (a.Status == ArticleStatus.Published && a.PublishedAt <= now))
            : articles.VisibleTo(user.CanSeeDrafts(), now);
    }

    public static Expression<Func<Article, ArticleResponse>> ToResponse(ContentDbContext db, ClaimsPrincipal user, DateTime now) => ArticleProjections.ToResponse();

    public static Task<IReadOnlyList<ArticleResponse>> CompleteAsync(ContentDbContext db, IReadOnlyList<ArticleResponse> responses, CancellationToken cancellationToken) =>
        ArticleBylines.FillAsync(db, responses, cancellationToken);

    public static long VersionOf(ArticleResponse response) => response.Version;

    public static IKeysetSort<Article, ArticleResponse> ListOrder { get; } =
        new KeysetSort<Article, ArticleResponse, DateTime>("-updatedAt", a => a.UpdatedAt, a => a.Id, descending: true, r => r.UpdatedAt, r => r.Id);

    public static IQueryable<Article> ForUpdate(ContentDbContext db) => db.Articles
        .Include(a => a.Section)
        .Include(a => a.Authors.OrderBy(x => x.Position)).ThenInclude(x => x.Author)
        .Include(a => a.Tags.OrderBy(x => x.Position)).ThenInclude(x => x.Tag)
        .AsSplitQuery();

    public static ArticleRequest ToRequest(Article a) => new(
        a.Title, a.Slug, a.Standfirst, a.Body, a.Section?.Slug,
        a.Authors.OrderBy(x => x.Position).Select(x => x.Author.Slug).ToList(),
        a.Tags.OrderBy(x => x.Position).Select(x => x.Tag.Slug).ToList(),
        a.FeaturedImageUrl is null ? null : new FeaturedImage(a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit),
        new Seo(a.SeoTitle, a.SeoDescription, a.SeoCanonicalUrl),
        a.Status, a.PublishedAt, a.ScheduledAt);

    public static (string? Requested, string Source) SlugOf(ArticleRequest request) => (request.Slug, request.Title);

    public static Article Create(ArticleRequest request, string slug) => new() { Slug = slug, Title = request.Title };

    public static async Task<Dictionary<string, string[]>?> ApplyAsync(ArticleRequest request, Article article, WriteContext context)
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

    public static Task<string?> DeleteConflictAsync(Article article, WriteContext context) => Task.FromResult<string?>(null);

    // No other resource embeds an article (yet: related posts will).
    public static Task TouchEmbeddersAsync(Article article, bool removed, WriteContext context) => Task.CompletedTask;

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
