using ContentApi.Data;
using ContentApi.Data.Entities;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Slugs;

/// <summary>Keeps renamed resources reachable: a slug change records the old slug, and a lookup that misses
/// finds where the slug went.</summary>
public static class SlugHistory
{
    /// <summary>Call before saving a resource whose slug may change.</summary>
    public static async Task RecordChangeAsync(ContentDbContext db, ResourceKind kind, Guid id, string oldSlug, string newSlug,
        DateTime now, CancellationToken cancellationToken)
    {
        if (oldSlug == newSlug) return;
        // The new slug is now a live slug: it can no longer redirect elsewhere. Tracked, not executed,
        // so that it commits or fails with the rest of the write.
        db.SlugRedirects.RemoveRange(await db.SlugRedirects
            .Where(r => r.Kind == kind && (r.OldSlug == newSlug || r.OldSlug == oldSlug))
            .ToListAsync(cancellationToken));
        db.SlugRedirects.Add(new SlugRedirect { Kind = kind, OldSlug = oldSlug, ResourceId = id, CreatedAt = now });
    }

    /// <summary>Call when a new resource claims a slug that used to redirect.</summary>
    public static async Task ReleaseAsync(ContentDbContext db, ResourceKind kind, string slug, CancellationToken cancellationToken) =>
        db.SlugRedirects.RemoveRange(await db.SlugRedirects.Where(r => r.Kind == kind && r.OldSlug == slug).ToListAsync(cancellationToken));

    /// <summary>The request's URL with its <c>{idOrSlug}</c> value replaced by <paramref name="newSlug"/>, query kept. Found
    /// from the route pattern, not by searching for the old slug, which may equal another segment (a tag called "articles").</summary>
    public static string RedirectPath(HttpContext http, string newSlug)
    {
        var segments = http.Request.Path.Value!.Trim('/').Split('/');
        var pattern = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern
            ?? throw new InvalidOperationException("Slug redirects are made from routed endpoints.");
        var at = pattern.PathSegments.ToList()
            .FindIndex(s => s.Parts is [RoutePatternParameterPart { Name: "idOrSlug" }]);
        segments[at] = Uri.EscapeDataString(newSlug);
        return $"{http.Request.PathBase}/{string.Join('/', segments)}{http.Request.QueryString}";
    }

    /// <summary>A 301 to the current URL of the resource that used to have <paramref name="oldSlug"/>, or null.</summary>
    public static async Task<RedirectHttpResult?> MovedAsync<T>(ContentDbContext db, IQueryable<T> resources, ResourceKind kind,
        string oldSlug, HttpContext http, CancellationToken cancellationToken)
        where T : class, ISlugged =>
        await CurrentSlugAsync(db, resources, kind, oldSlug, cancellationToken) is { } current
            ? TypedResults.Redirect(RedirectPath(http, current), permanent: true)
            : null;

    /// <summary>The current slug of the resource that used to have <paramref name="oldSlug"/>, if any.</summary>
    private static Task<string?> CurrentSlugAsync<T>(ContentDbContext db, IQueryable<T> resources, ResourceKind kind, string oldSlug,
        CancellationToken cancellationToken)
        where T : class, ISlugged =>
        (from r in db.SlugRedirects
         where r.Kind == kind && r.OldSlug == oldSlug
         join x in resources on r.ResourceId equals x.Id
         select x.Slug).FirstOrDefaultAsync(cancellationToken);
}
