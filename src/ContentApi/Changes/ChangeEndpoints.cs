using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Changes;

/// <summary>GET /changes: every upsert and removal in commit order (a log, not a snapshot), so an integration keeps a
/// mirror without re-crawling and resumes from the last sequence it stored.</summary>
public static class ChangeEndpoints
{
    public static RouteGroupBuilder MapChanges(this RouteGroupBuilder api)
    {
        api.MapGet("/changes", List)
            .WithTags("Changes")
            .WithName("ListChanges")
            .WithSummary("Read the changes feed")
            .WithDescription("""
                Upserts and removals of articles, sections, authors and tags, oldest first, each with its reason.
                Start with since=0, store page.nextSince, and poll with it; apply upserts by fetching href (or the
                resource by id) and removals by deleting the id. The feed is a log, never compacted: a resource
                changed ten times appears ten times. Without a key, only what a reader can see is reported: an
                article appears when it is published or edited while published, and is removed when it is
                unpublished, archived or deleted; draft edits never appear. Preview, editor and admin keys see every
                change, drafts included, with unpublishing as an upsert (the draft still exists).
                """)
            .Validate<ChangesQuery>();
        return api;
    }

    public static async Task<Ok<ChangesPage>> List(
        [AsParameters] ChangesQuery query, ContentDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var since = query.Since ?? 0;
        var limit = query.Limit ?? ChangesLimits.Max;
        var everything = http.User.CanSeeDrafts();

        // A keyset read on the primary key: the same cost at sequence 10 as at 10 million.
        var changes = db.ContentChanges.AsNoTracking().Where(c => c.Sequence > since);
        if (!everything) changes = changes.Where(c => c.PublicOperation != null);
        var rows = await changes.OrderBy(c => c.Sequence).Take(limit + 1).ToListAsync(cancellationToken);

        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(limit);
        var items = rows.ConvertAll(c => new ChangeItem(
            c.Sequence, c.Kind, c.EntityId, c.Slug,
            everything ? c.Operation : c.PublicOperation!.Value,
            c.Reason, c.OccurredAt, $"{http.Request.PathBase}/api/v1/{RouteOf(c.Kind)}/{c.EntityId}"));
        var next = items.Count > 0 ? items[^1].Sequence : since;
        return TypedResults.Ok(new ChangesPage(items, new ChangesPageInfo(limit, since, next, hasMore)));
    }

    private static string RouteOf(ResourceKind kind) => kind switch
    {
        ResourceKind.Article => "articles",
        ResourceKind.Section => "sections",
        ResourceKind.Author => "authors",
        _ => "tags",
    };
}
