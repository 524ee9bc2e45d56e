using System.Linq.Expressions;
using System.Security.Claims;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ContentApi.Tags;

public sealed class TagDefinition : IResourceDefinition<Tag, TagRequest, TagResponse>
{
    public static ResourceKind Kind => ResourceKind.Tag;
    public static string Noun => "Tag";
    public static string Route => "tags";

    public static DbSet<Tag> Set(ContentDbContext db) => db.Tags;

    public static IQueryable<Tag> Visible(ContentDbContext db, ClaimsPrincipal user, DateTime now) => db.Tags.AsNoTracking();

    public static Expression<Func<Tag, TagResponse>> ToResponse(ContentDbContext db, ClaimsPrincipal user, DateTime now) => t => new TagResponse(
        t.Id, t.Slug, t.Name, t.Description,
        t.Articles.Count(at => at.Article.Status == ArticleStatus.Published && at.Article.PublishedAt <= now),
        t.CreatedAt, t.UpdatedAt, t.Version);

    public static long VersionOf(TagResponse response) => response.Version;

    public static IKeysetSort<Tag, TagResponse> ListOrder { get; } =
        new KeysetSort<Tag, TagResponse, DateTime>("-createdAt", x => x.CreatedAt, x => x.Id, descending: true, r => r.CreatedAt, r => r.Id);

    public static IQueryable<Tag> ForUpdate(ContentDbContext db) => db.Tags;

    public static TagRequest ToRequest(Tag tag) => new(tag.Name, tag.Slug, tag.Description);

    public static (string? Requested, string Source) SlugOf(TagRequest request) => (request.Slug, request.Name);

    public static Tag Create(TagRequest request, string slug) => new() { Slug = slug, Name = request.Name };

    public static Task<Dictionary<string, string[]>?> ApplyAsync(TagRequest request, Tag tag, WriteContext context)
    {
        tag.Name = request.Name.Trim();
        tag.Description = request.Description;
        return Task.FromResult<Dictionary<string, string[]>?>(null);
    }

    // Deleting a tag untags its articles, as Ghost and WordPress do.
    public static Task<string?> DeleteConflictAsync(Tag tag, WriteContext context) => Task.FromResult<string?>(null);

    /// <summary>Articles embed their tags' slug and name; removing the tag removes it from them.</summary>
    public static Task TouchEmbeddersAsync(Tag tag, bool removed, WriteContext context) =>
        removed || EmbeddedFieldsChanged(context.Db.Entry(tag))
            ? context.Db.Articles.Where(a => a.Tags.Any(x => x.TagId == tag.Id)).BumpVersionsAsync(context.Db, context.Now, context.CancellationToken)
            : Task.CompletedTask;

    private static bool EmbeddedFieldsChanged(EntityEntry<Tag> entry) =>
        entry.Property(t => t.Name).IsModified || entry.Property(t => t.Slug).IsModified;
}
