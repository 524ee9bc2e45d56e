using System.Linq.Expressions;
using System.Security.Claims;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Sections;

public sealed class SectionDefinition : IResourceDefinition<Section, SectionRequest, SectionResponse>
{
    public static ResourceKind Kind => ResourceKind.Section;
    public static string Noun => "Section";
    public static string Route => "sections";

    public static DbSet<Section> Set(ContentDbContext db) => db.Sections;

    public static IQueryable<Section> Visible(ContentDbContext db, ClaimsPrincipal user, DateTime now) => db.Sections.AsNoTracking();

    public static Expression<Func<Section, SectionResponse>> ToResponse(ContentDbContext db, ClaimsPrincipal user, DateTime now) => s => new SectionResponse(
        s.Id, s.Slug, s.Name, s.Description,
        s.Parent == null ? null : new ResourceRef(s.Parent.Id, s.Parent.Slug, s.Parent.Name),
        s.Position,
        s.Articles.Count(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now),
        s.CreatedAt, s.UpdatedAt, s.Version);

    public static long VersionOf(SectionResponse response) => response.Version;

    public static IKeysetSort<Section, SectionResponse> ListOrder { get; } =
        new KeysetSort<Section, SectionResponse, DateTime>("-createdAt", x => x.CreatedAt, x => x.Id, descending: true, r => r.CreatedAt, r => r.Id);

    public static IQueryable<Section> ForUpdate(ContentDbContext db) => db.Sections.Include(s => s.Parent);

    public static SectionRequest ToRequest(Section section) =>
        new(section.Name, section.Slug, section.Description, section.Parent?.Slug, section.Position);

    public static (string? Requested, string Source) SlugOf(SectionRequest request) => (request.Slug, request.Name);

    public static Section Create(SectionRequest request, string slug) => new() { Slug = slug, Name = request.Name };

    public static async Task<Dictionary<string, string[]>?> ApplyAsync(SectionRequest request, Section section, WriteContext context)
    {
        Guid? parentId = null;
        if (request.Parent is not null)
        {
            var parent = await context.Db.Sections.WhereIdOrSlug(request.Parent)
                .Select(p => new { p.Id, p.ParentId }).FirstOrDefaultAsync(context.CancellationToken);
            if (parent is null) return new() { ["parent"] = [$"No section has the id or slug '{request.Parent}'."] };
            if (await IsSelfOrDescendant(context.Db, parent.Id, section.Id, context.CancellationToken))
            {
                return new() { ["parent"] = ["A section cannot be nested under itself or one of its own sub-sections."] };
            }
            parentId = parent.Id;
        }

        section.Name = request.Name.Trim();
        section.Description = request.Description;
        section.ParentId = parentId;
        section.Position = request.Position;
        return null;
    }

    public static async Task<string?> DeleteConflictAsync(Section section, WriteContext context)
    {
        var articles = await context.Db.Articles.CountAsync(a => a.SectionId == section.Id, context.CancellationToken);
        if (articles > 0) return $"The section still has {articles} article(s). Move them to another section first.";
        var children = await context.Db.Sections.CountAsync(s => s.ParentId == section.Id, context.CancellationToken);
        return children > 0 ? $"The section still has {children} sub-section(s). Move or delete them first." : null;
    }

    /// <summary>
    /// Articles embed their section's slug and name, and sub-sections their parent's. (A section in use
    /// cannot be deleted.) Sub-sections are few, so they are bumped through the change tracker.
    /// </summary>
    public static async Task TouchEmbeddersAsync(Section section, bool removed, WriteContext context)
    {
        var entry = context.Db.Entry(section);
        if (!removed && !entry.Property(s => s.Name).IsModified && !entry.Property(s => s.Slug).IsModified) return;

        await context.Db.Articles.Where(a => a.SectionId == section.Id).BumpVersionsAsync(context.Db, context.Now, context.CancellationToken);
        foreach (var child in await context.Db.Sections.Where(s => s.ParentId == section.Id).ToListAsync(context.CancellationToken))
        {
            context.Db.Entry(child).Property(s => s.Version).IsModified = true;
        }
    }

    /// <summary>Walks up from <paramref name="candidateParent"/>; sections are few and shallow, so a loop of point reads is fine.</summary>
    private static async Task<bool> IsSelfOrDescendant(ContentDbContext db, Guid candidateParent, Guid section, CancellationToken cancellationToken)
    {
        Guid? at = candidateParent;
        while (at is not null)
        {
            if (at == section) return true;
            at = await db.Sections.Where(s => s.Id == at).Select(s => s.ParentId).FirstOrDefaultAsync(cancellationToken);
        }
        return false;
    }
}
