using System.ComponentModel;
using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ContentApi.Slugs;

namespace ContentApi.Related;

/// <summary>"Related Posts": GET merges the editors' ordered choice with the precomputed list; PUT sets the choice.</summary>
public static class RelatedHandlers
{
    public static async Task<Results<Ok<RelatedArticlesResponse>, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> ListRelatedArticles(
        string idOrSlug, [AsParameters] RelatedQuery query, ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var visible = db.Articles.AsNoTracking().VisibleTo(http.User.CanSeeDrafts(), now);
        var id = await visible.WhereIdOrSlug(idOrSlug).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return await SlugHistory.MovedAsync(db, visible, ResourceKind.Article, idOrSlug, http, cancellationToken) is { } moved
                ? moved
                : Problems.NotFound("article", idOrSlug);
        }

        var items = await RelatedReads.ListAsync(db, id.Value, query.Limit ?? RelatedQuery.DefaultLimit, now, cancellationToken);
        return TypedResults.Ok(new RelatedArticlesResponse(items));
    }

    public static async Task<Results<Ok<RelatedArticlesResponse>, ValidationProblem, ProblemHttpResult>> SetRelatedArticles(
        string idOrSlug, SetRelatedArticlesRequest request, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var article = await db.Articles.WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (article is null) return Problems.NotFound("article", idOrSlug);
        if (ETags.CheckIfMatch(http, article.Version) is { } failed) return failed;

        var requested = request.Articles!;
        var (chosen, errors) = await ResolveAsync(db, article.Id, requested, cancellationToken);
        if (errors.Count > 0) return Problems.Invalid(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CuratedRelatedArticles.Where(c => c.ArticleId == article.Id).ExecuteDeleteAsync(cancellationToken);
        db.CuratedRelatedArticles.AddRange(chosen.Select((related, position) =>
            new CuratedRelatedArticle { ArticleId = article.Id, RelatedArticleId = related, Position = position }));
        // The choice is part of the article as edited: a new version, so that a stale If-Match fails (412).
        db.Entry(article).Property(a => a.Version).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        http.Response.Headers.ETag = ETags.ForVersion(article.Version);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new RelatedArticlesResponse(await RelatedReads.ListAsync(db, article.Id, RelatedQuery.MaxLimit, now, cancellationToken)));
    }

    /// <summary>Each id or slug to an article id; errors keyed <c>articles[i]</c>, as the client sent them.</summary>
    private static async Task<(List<Guid> Chosen, Dictionary<string, string[]> Errors)> ResolveAsync(
        ContentDbContext db, Guid articleId, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        var ids = requested.Select(r => Guid.TryParse(r, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();
        var slugs = requested.Where(r => !Guid.TryParse(r, out _)).ToList();
        var found = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id) || slugs.Contains(a.Slug))
            .Select(a => new { a.Id, a.Slug })
            .ToListAsync(cancellationToken);

        var chosen = new List<Guid>();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < requested.Count; i++)
        {
            var item = requested[i];
            var match = found.FirstOrDefault(a => Guid.TryParse(item, out var g) ? a.Id == g : a.Slug == item);
            var field = $"articles[{i}]";
            if (match is null) errors[field] = [$"No article has the id or slug '{item}'."];
            else if (match.Id == articleId) errors[field] = ["An article cannot be related to itself."];
            else if (chosen.Contains(match.Id)) errors[field] = [$"'{item}' is an article already listed (by its id or slug)."];
            chosen.Add(match?.Id ?? Guid.Empty);
        }
        return (chosen, errors);
    }
}
