using ContentApi.Articles;
using ContentApi.Authors;
using ContentApi.Changes;
using ContentApi.Http;
using ContentApi.Paging;
using ContentApi.Related;
using ContentApi.Sections;
using ContentApi.Tags;

namespace ContentApi.Caching;

/// <summary>The <c>Surrogate-Key</c>: every resource in the response (read from the returned object, no second query),
/// plus the collection key for lists, so a CDN purges exactly what a write changed.</summary>
public static class SurrogateKeys
{
    public const string Header = "Surrogate-Key";

    public static string? For(object? value)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Collect(value, keys);
        return keys.Count == 0 ? null : string.Join(' ', keys);
    }

    private static void Collect(object? value, HashSet<string> keys)
    {
        switch (value)
        {
            case Paged<ArticleSummary> page:
                keys.Add("articles");
                foreach (var item in page.Items) Collect(item, keys);
                break;
            case Paged<SectionResponse> page:
                keys.Add("sections");
                foreach (var item in page.Items) Collect(item, keys);
                break;
            case Paged<AuthorResponse> page:
                keys.Add("authors");
                foreach (var item in page.Items) Collect(item, keys);
                break;
            case Paged<TagResponse> page:
                keys.Add("tags");
                foreach (var item in page.Items) Collect(item, keys);
                break;
            case RelatedArticlesResponse related:
                // Any publish can enter a computed list, so it goes with the articles collection too.
                keys.Add("articles");
                foreach (var item in related.Items)
                {
                    keys.Add(Key("article", item.Id));
                    if (item.Section is not null) keys.Add(Key("section", item.Section.Id));
                }
                break;
            case ChangesPage:
                keys.Add("changes");
                break;
            case ArticleResponse a:
                Article(a.Id, a.Section, a.Authors, a.Tags, keys);
                if (a.Related is { } relatedPosts) Collect(new RelatedArticlesResponse(relatedPosts), keys);
                break;
            case ArticleSummary a:
                Article(a.Id, a.Section, a.Authors, a.Tags, keys);
                break;
            case SectionResponse s:
                keys.Add(Key("section", s.Id));
                if (s.Parent is { } parent) keys.Add(Key("section", parent.Id));
                break;
            case AuthorResponse author:
                keys.Add(Key("author", author.Id));
                break;
            case TagResponse tag:
                keys.Add(Key("tag", tag.Id));
                break;
        }
    }

    private static void Article(Guid id, ResourceRef? section, IReadOnlyList<ResourceRef> authors, IReadOnlyList<ResourceRef> tags, HashSet<string> keys)
    {
        keys.Add(Key("article", id));
        if (section is not null) keys.Add(Key("section", section.Id));
        foreach (var author in authors) keys.Add(Key("author", author.Id));
        foreach (var tag in tags) keys.Add(Key("tag", tag.Id));
    }

    public static string Key(string kind, Guid id) => $"{kind}:{id}";
}
