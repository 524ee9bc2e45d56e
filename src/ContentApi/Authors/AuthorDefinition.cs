using System.Linq.Expressions;
using System.Security.Claims;
using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Authors;

public sealed class AuthorDefinition : IResourceDefinition<Author, AuthorRequest, AuthorResponse>
{
    public static ResourceKind Kind => ResourceKind.Author;
    public static string Noun => "Author";
    public static string Route => "authors";

    public static DbSet<Author> Set(ContentDbContext db) => db.Authors;

    public static IQueryable<Author> Visible(ContentDbContext db, ClaimsPrincipal user, DateTime now) => db.Authors.AsNoTracking();

    public static Expression<Func<Author, AuthorResponse>> ToResponse(ContentDbContext db, ClaimsPrincipal user, DateTime now)
    {
        var isEditor = user.IsEditor();
        return a => new AuthorResponse(
            a.Id, a.Slug, a.Name, a.Bio, a.AvatarUrl,
            isEditor ? a.Email : null,
            new AuthorLinks(a.Website, a.X, a.Facebook, a.Instagram, a.LinkedIn, a.Bluesky),
            a.Articles.Count(aa => aa.Article.Status == ArticleStatus.Published && aa.Article.PublishedAt <= now),
            a.CreatedAt, a.UpdatedAt, a.Version);
    }

    public static long VersionOf(AuthorResponse response) => response.Version;

    public static IKeysetSort<Author, AuthorResponse> ListOrder { get; } =
        new KeysetSort<Author, AuthorResponse, DateTime>("-createdAt", x => x.CreatedAt, x => x.Id, descending: true, r => r.CreatedAt, r => r.Id);

    public static IQueryable<Author> ForUpdate(ContentDbContext db) => db.Authors;

    public static AuthorRequest ToRequest(Author author) => new(
        author.Name, author.Slug, author.Bio, author.AvatarUrl, author.Email,
        new AuthorLinks(author.Website, author.X, author.Facebook, author.Instagram, author.LinkedIn, author.Bluesky));

    public static (string? Requested, string Source) SlugOf(AuthorRequest request) => (request.Slug, request.Name);

    public static Author Create(AuthorRequest request, string slug) => new() { Slug = slug, Name = request.Name };

    public static Task<Dictionary<string, string[]>?> ApplyAsync(AuthorRequest request, Author author, WriteContext context)
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
        return Task.FromResult<Dictionary<string, string[]>?>(null);
    }

    public static async Task<string?> DeleteConflictAsync(Author author, WriteContext context)
    {
        var bylines = await context.Db.ArticleAuthors.CountAsync(aa => aa.AuthorId == author.Id, context.CancellationToken);
        return bylines > 0 ? $"The author is still in the byline of {bylines} article(s). Remove them from those bylines first." : null;
    }

    /// <summary>Articles embed their authors' slug and name in the byline. (An author in a byline cannot be deleted.)</summary>
    public static Task TouchEmbeddersAsync(Author author, bool removed, WriteContext context)
    {
        var entry = context.Db.Entry(author);
        return removed || entry.Property(a => a.Name).IsModified || entry.Property(a => a.Slug).IsModified
            ? context.Db.Articles.Where(a => a.Authors.Any(x => x.AuthorId == author.Id)).BumpVersionsAsync(context.Db, context.Now, context.CancellationToken)
            : Task.CompletedTask;
    }
}
