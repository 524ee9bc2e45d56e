using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;
using ContentApi.Slugs;

namespace ContentApi.Articles;

/// <summary>Resolves the section, authors and tags an editor typed (ids or slugs) to rows. An unknown section or
/// author is an error naming it; an unknown tag is created from the text, as Ghost and WordPress do.</summary>
public static class ArticleReferences
{
    public sealed record Resolved(Guid? SectionId, List<Guid> AuthorIds, List<Tag> Tags, Dictionary<string, string[]>? Errors);

    public static async Task<Resolved> ResolveAsync(ArticleRequest request, WriteContext context)
    {
        var db = context.Db;
        var ct = context.CancellationToken;
        var errors = new Dictionary<string, string[]>();

        Guid? sectionId = null;
        if (request.Section is not null)
        {
            sectionId = await db.Sections.WhereIdOrSlug(request.Section).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
            if (sectionId is null) errors["section"] = [$"No section has the id or slug '{request.Section}'."];
        }

        var authorIds = new List<Guid>();
        var requestedAuthors = request.Authors ?? [];
        var authors = await LookUp(db.Authors, requestedAuthors, ct);
        for (var i = 0; i < requestedAuthors.Count; i++)
        {
            if (!authors.TryGetValue(requestedAuthors[i], out var author)) errors[$"authors[{i}]"] = [$"No author has the id or slug '{requestedAuthors[i]}'."];
            // The validator catches the same text twice; only here do we know an id and a slug name one author.
            else if (authorIds.Contains(author.Id)) errors[$"authors[{i}]"] = [$"'{requestedAuthors[i]}' is already in the byline."];
            else authorIds.Add(author.Id);
        }

        var tags = await ResolveTags(db, request.Tags ?? [], errors, ct);
        return new Resolved(sectionId, authorIds, tags, errors.Count > 0 ? errors : null);
    }

    /// <summary>Replaces the byline, keeping rows that stay (so EF updates positions instead of re-inserting keys).</summary>
    public static void SetBylines(Article article, List<Guid> authorIds)
    {
        article.Authors.RemoveAll(x => !authorIds.Contains(x.AuthorId));
        for (var position = 0; position < authorIds.Count; position++)
        {
            var existing = article.Authors.Find(x => x.AuthorId == authorIds[position]);
            if (existing is not null) existing.Position = position;
            else article.Authors.Add(new ArticleAuthor { AuthorId = authorIds[position], Position = position });
        }
    }

    public static void SetTags(Article article, List<Tag> tags)
    {
        article.Tags.RemoveAll(x => tags.All(t => t.Id != x.TagId));
        for (var position = 0; position < tags.Count; position++)
        {
            var existing = article.Tags.Find(x => x.TagId == tags[position].Id);
            if (existing is not null) existing.Position = position;
            else article.Tags.Add(new ArticleTag { TagId = tags[position].Id, Tag = tags[position], Position = position });
        }
    }

    private static async Task<List<Tag>> ResolveTags(ContentDbContext db, IReadOnlyList<string> requested,
        Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var known = await LookUp(db.Tags, requested, ct);
        var tags = new List<Tag>();
        for (var i = 0; i < requested.Count; i++)
        {
            var text = requested[i].Trim();
            var tag = known.GetValueOrDefault(text)
                ?? known.GetValueOrDefault(Slug.From(text))
                ?? tags.Find(t => t.Slug == Slug.From(text));
            if (tag is null && Guid.TryParse(text, out _))
            {
                errors[$"tags[{i}]"] = [$"No tag has the id '{text}'. Give a name to create a tag."];
                continue;
            }

            tag ??= db.Tags.Add(new Tag { Slug = Slug.From(text), Name = text }).Entity;
            if (!tags.Contains(tag)) tags.Add(tag);
        }
        return tags;
    }

    /// <summary>One query for all the references of a kind, keyed by every way the request may name them.</summary>
    private static async Task<Dictionary<string, T>> LookUp<T>(IQueryable<T> set, IReadOnlyList<string> idsOrSlugs, CancellationToken ct)
        where T : class, ISlugged
    {
        if (idsOrSlugs.Count == 0) return [];
        var ids = idsOrSlugs.Select(x => Guid.TryParse(x, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        var slugs = idsOrSlugs.Select(x => x.Trim()).Concat(idsOrSlugs.Select(x => Slug.From(x))).Distinct().ToList();
        var found = await set.Where(x => ids.Contains(x.Id) || slugs.Contains(x.Slug)).ToListAsync(ct);

        var byKey = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in found)
        {
            byKey[item.Id.ToString()] = item;
            byKey[item.Slug] = item;
        }
        return byKey;
    }
}
