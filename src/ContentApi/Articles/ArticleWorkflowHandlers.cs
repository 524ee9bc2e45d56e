using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Articles;

/// <summary>The workflow actions. Each needs If-Match, so that an editor never publishes or pulls a version they
/// have not seen, and answers with the whole article and its new ETag.</summary>
public static class ArticleWorkflowHandlers
{
    public static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> PublishArticle(
        string idOrSlug, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] PublishArticleRequest? request,
        IValidator<PublishArticleRequest> validator, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        // The body is optional, so the validation filter (which insists on one) cannot run here.
        if (request is not null)
        {
            var validation = await validator.ValidateAsync(request, cancellationToken);
            if (!validation.IsValid)
            {
                return Problems.Invalid(validation);
            }
        }

        var publishedAt = request?.PublishedAt is { } at ? UtcTimes.Normalize(at) : (DateTime?)null;
        var now = clock.GetUtcNow().UtcDateTime;
        return await Act(idOrSlug, db, http, article => ArticleActions.Publish(article, publishedAt, now), cancellationToken);
    }

    public static Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> UnpublishArticle(
        string idOrSlug, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch, ContentDbContext db,
        HttpContext http, CancellationToken cancellationToken) =>
        Act(idOrSlug, db, http, ArticleActions.Unpublish, cancellationToken);

    public static Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> ScheduleArticle(
        string idOrSlug, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch, ScheduleArticleRequest request,
        ContentDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var scheduledAt = UtcTimes.Normalize(request.ScheduledAt!.Value);
        return Act(idOrSlug, db, http, article => ArticleActions.Schedule(article, scheduledAt), cancellationToken);
    }

    public static Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> ArchiveArticle(
        string idOrSlug, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch, ContentDbContext db,
        HttpContext http, CancellationToken cancellationToken) =>
        Act(idOrSlug, db, http, ArticleActions.Archive, cancellationToken);

    /// <summary>The shared steps: find, check If-Match, apply the action (or answer its conflict), save, answer.</summary>
    private static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> Act(
        string idOrSlug, ContentDbContext db, HttpContext http, Func<Article, string?> action, CancellationToken cancellationToken)
    {
        var article = await db.Articles.WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (article is null) return Problems.NotFound("article", idOrSlug);
        if (ETags.CheckIfMatch(http, article.Version) is { } failed) return failed;

        if (action(article) is { } conflict)
        {
            http.Response.Headers.ETag = ETags.ForVersion(article.Version);
            return Problems.Conflict(conflict);
        }

        // The version is also the concurrency token: a change (or the scheduled publisher) landing since
        // the If-Match check makes this save fail as a 412 rather than overwrite it.
        await db.SaveChangesAsync(cancellationToken);

        var response = await db.Articles.AsNoTracking().Where(a => a.Id == article.Id)
            .Select(ArticleProjections.ToResponse())
            .FirstAsync(cancellationToken);
        response = await ArticleBylines.FillAsync(db, response, cancellationToken);
        http.Response.Headers.ETag = ETags.ForVersion(response.Version);
        return TypedResults.Ok(response);
    }
}
