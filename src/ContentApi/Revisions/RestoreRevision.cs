using System.ComponentModel;
using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Revisions;

/// <summary>Restores an old revision's content through the same save as a PUT (slug history, references, If-Match,
/// one transaction), so a restore is just another change: it gets a new version and its own revision.</summary>
public static class RestoreRevision
{
    public static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> RestoreArticleRevision(
        string idOrSlug, int number, [FromHeader(Name = "If-Match"), Description(ETags.IfMatchHelp)] string? ifMatch,
        ContentDbContext db, RevisionScope revisions, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var article = await ArticleHandlers.ForUpdate(db).WhereIdOrSlug(idOrSlug).FirstOrDefaultAsync(cancellationToken);
        if (article is null) return Problems.NotFound("article", idOrSlug);
        if (ETags.CheckIfMatch(http, article.Version) is { } failed) return failed;

        var stored = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == article.Id && r.Number == number)
            .Select(r => r.Content)
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null) return RevisionHandlers.RevisionNotFound(idOrSlug, number);

        var content = RevisionJson.Deserialize(stored);
        if (await MissingReferencesAsync(db, content, cancellationToken) is { } missing)
        {
            return Problems.Conflict($"Revision {number} cannot be restored: {missing} no longer exists. Change the article instead.");
        }

        revisions.NextAction = RevisionAction.Restored;
        return await ArticleHandlers.SaveAsync(
            article, await ToRequestAsync(db, content, article, cancellationToken), WriteContext.Of(db, http, clock, cancellationToken), http);
    }

    /// <summary>The revision as a full replace. Relations by id, so renames don't matter; a deleted tag by name, which
    /// recreates it. Status and dates stay the article's.</summary>
    private static async Task<ArticleRequest> ToRequestAsync(ContentDbContext db, ArticleRevisionContent content, Article article,
        CancellationToken cancellationToken)
    {
        var tagIds = content.Tags.Select(t => t.Id).ToList();
        var liveTags = await db.Tags.AsNoTracking().Where(t => tagIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        return new ArticleRequest(
            content.Title,
            content.Slug,
            content.Standfirst,
            content.Body,
            content.Section?.Id.ToString(),
            content.Authors.Select(a => a.Id.ToString()).ToList(),
            content.Tags.Select(t => liveTags.Contains(t.Id) ? t.Id.ToString() : t.Name).ToList(),
            content.FeaturedImage,
            content.Seo,
            article.Status,
            article.PublishedAt,
            article.ScheduledAt);
    }

    /// <summary>Names the section or author the revision needs that was deleted since, or null.</summary>
    private static async Task<string?> MissingReferencesAsync(ContentDbContext db, ArticleRevisionContent content, CancellationToken cancellationToken)
    {
        if (content.Section is { } section && !await db.Sections.AnyAsync(s => s.Id == section.Id, cancellationToken))
        {
            return $"its section '{section.Slug}'";
        }

        var authorIds = content.Authors.Select(a => a.Id).ToList();
        var live = await db.Authors.Where(a => authorIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var gone = content.Authors.FirstOrDefault(a => !live.Contains(a.Id));
        return gone is null ? null : $"its author '{gone.Slug}'";
    }
}
