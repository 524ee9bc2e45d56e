using ContentApi.Data;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Articles;

/// <summary>Bylines and tags of a page of articles, in one statement after the page: projected together, EF repeats
/// each article's columns per byline × tag and SQLite spends a fifth of the request preparing the SQL.</summary>
public static class ArticleBylines
{
    public static Task<IReadOnlyList<ArticleSummary>> FillAsync(ContentDbContext db, IReadOnlyList<ArticleSummary> items,
        CancellationToken cancellationToken) =>
        FillAsync(db, items, i => i.Id, (i, authors, tags) => i with { Authors = authors, Tags = tags }, cancellationToken);

    public static Task<IReadOnlyList<ArticleResponse>> FillAsync(ContentDbContext db, IReadOnlyList<ArticleResponse> items,
        CancellationToken cancellationToken) =>
        FillAsync(db, items, i => i.Id, (i, authors, tags) => i with { Authors = authors, Tags = tags }, cancellationToken);

    public static async Task<ArticleResponse> FillAsync(ContentDbContext db, ArticleResponse item, CancellationToken cancellationToken) =>
        (await FillAsync(db, [item], cancellationToken))[0];

    // The two response shapes are separate records, so each says how to copy itself with the lists.
    private static async Task<IReadOnlyList<T>> FillAsync<T>(ContentDbContext db, IReadOnlyList<T> items, Func<T, Guid> idOf,
        Func<T, List<ResourceRef>, List<ResourceRef>, T> withRefs, CancellationToken cancellationToken)
    {
        if (items.Count == 0) return items;
        var refs = await ReadAsync(db, items.Select(idOf).ToList(), cancellationToken);
        return items.Select(i => withRefs(i, refs.Authors(idOf(i)), refs.Tags(idOf(i)))).ToList();
    }

    private static async Task<Refs> ReadAsync(ContentDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        // UNION ALL of two indexed lookups, (ArticleId, …) joined to the author or tag by primary key.
        var rows = await db.ArticleAuthors.Where(x => ids.Contains(x.ArticleId))
            .Select(x => new RefRow { ArticleId = x.ArticleId, IsTag = false, Position = x.Position, Id = x.AuthorId, Slug = x.Author.Slug,
                Name = x.Author.Name })
            .Concat(db.ArticleTags.Where(x => ids.Contains(x.ArticleId))
                .Select(x => new RefRow { ArticleId = x.ArticleId, IsTag = true, Position = x.Position, Id = x.TagId, Slug = x.Tag.Slug, Name = x.Tag.Name }))
            .ToListAsync(cancellationToken);
        return new Refs(rows.OrderBy(r => r.Position).ToLookup(r => (r.ArticleId, r.IsTag)));
    }

    private sealed record Refs(ILookup<(Guid ArticleId, bool IsTag), RefRow> Rows)
    {
        public List<ResourceRef> Authors(Guid articleId) => Of(articleId, isTag: false);

        public List<ResourceRef> Tags(Guid articleId) => Of(articleId, isTag: true);

        private List<ResourceRef> Of(Guid articleId, bool isTag) => Rows[(articleId, isTag)].Select(r => new ResourceRef(r.Id, r.Slug, r.Name)).ToList();
    }

    private sealed class RefRow
    {
        public Guid ArticleId { get; init; }
        public bool IsTag { get; init; }
        public int Position { get; init; }
        public Guid Id { get; init; }
        public required string Slug { get; init; }
        public required string Name { get; init; }
    }
}
