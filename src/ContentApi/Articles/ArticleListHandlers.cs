using ContentApi.Auth;
using ContentApi.Caching;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Database;
using ContentApi.Http;
using ContentApi.Paging;
using ContentApi.Search;
using ContentApi.Sections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ContentApi.Slugs;

namespace ContentApi.Articles;

/// <summary>Article lists: the main list and the section, author and tag pages ("+ posts").</summary>
public static class ArticleListHandlers
{
    public static async Task<Results<Ok<Paged<ArticleSummary>>, ValidationProblem>> ListArticles(
        [AsParameters] ArticleListQuery query, ContentDbContext db, ReadCache cache, IOptions<SearchOptions> search, HttpContext http,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (articles, errors) = await Filter(query, db, cache, http, clock, cancellationToken);
        if (errors is not null) return Problems.Invalid(errors);
        if (CheckCursor(query) is { } badCursor) return badCursor;
        return TypedResults.Ok(await Page(articles!, query, db, cache, search.Value, http, cancellationToken));
    }

    public static Task<Results<Ok<Paged<ArticleSummary>>, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> ListSectionArticles(
        string idOrSlug, [AsParameters] ArticleListQuery query, ContentDbContext db, ReadCache cache, IOptions<SearchOptions> search,
        HttpContext http, TimeProvider clock, CancellationToken cancellationToken) =>
        ListFor(db.Sections, ResourceKind.Section, "section", idOrSlug, id => query with { Section = id.ToString() }, db, cache, search,
            http, clock, cancellationToken);

    public static Task<Results<Ok<Paged<ArticleSummary>>, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> ListAuthorArticles(
        string idOrSlug, [AsParameters] ArticleListQuery query, ContentDbContext db, ReadCache cache, IOptions<SearchOptions> search,
        HttpContext http, TimeProvider clock, CancellationToken cancellationToken) =>
        ListFor(db.Authors, ResourceKind.Author, "author", idOrSlug, id => query with { Author = id.ToString() }, db, cache, search, http,
            clock, cancellationToken);

    public static Task<Results<Ok<Paged<ArticleSummary>>, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> ListTagArticles(
        string idOrSlug, [AsParameters] ArticleListQuery query, ContentDbContext db, ReadCache cache, IOptions<SearchOptions> search,
        HttpContext http, TimeProvider clock, CancellationToken cancellationToken) =>
        ListFor(db.Tags, ResourceKind.Tag, "tag", idOrSlug, id => query with { Tag = [id.ToString(), .. query.Tag ?? []] }, db, cache,
            search, http, clock, cancellationToken);

    private static async Task<Results<Ok<Paged<ArticleSummary>>, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> ListFor<T>(
        IQueryable<T> owners, ResourceKind kind, string name, string idOrSlug, Func<Guid, ArticleListQuery> scoped,
        ContentDbContext db, ReadCache cache, IOptions<SearchOptions> search, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
        where T : class, ISlugged
    {
        var id = await IdOf(cache, kind, owners, idOrSlug, cancellationToken);
        if (id is null)
        {
            // A renamed section, author or tag keeps its old page working, as GET /{idOrSlug} does.
            return await SlugHistory.MovedAsync(db, owners, kind, idOrSlug, http, cancellationToken) is { } moved
                ? moved
                : Problems.NotFound(name, idOrSlug);
        }

        var query = scoped(id.Value);
        var (articles, errors) = await Filter(query, db, cache, http, clock, cancellationToken);
        if (errors is not null) return Problems.Invalid(errors);
        if (CheckCursor(query) is { } badCursor) return badCursor;
        return TypedResults.Ok(await Page(articles!, query, db, cache, search.Value, http, cancellationToken));
    }

    // Drafts and scheduled articles have no publishedAt to order by: unless the client chose a sort, list them by last edit.
    private static IKeysetSort<Article, ArticleSummary> SortOf(ArticleListQuery query) => ArticleSorts.All[query.Sort
        ?? (query.StatusFilter() is ArticleStatus.Draft or ArticleStatus.Scheduled ? "-updatedAt" : ArticleSorts.Default)];

    private static ValidationProblem? CheckCursor(ArticleListQuery query)
    {
        if (!ArticleSearch.SortsByRelevance(query.Sort, query.Q)) return CursorChecks.CheckSort(query, SortOf(query));
        return query.Cursor is not null && Cursor.TryDecode(query.Cursor, out var cursor) && !ArticleSearch.CanRead(cursor)
            ? Problems.Invalid("cursor", $"This cursor belongs to another sort order. Request the first page with sort={ArticleSearch.RelevanceSort} again.")
            : null;
    }

    private static async Task<Paged<ArticleSummary>> Page(
        IQueryable<Article> articles, ArticleListQuery query, ContentDbContext db, ReadCache cache, SearchOptions options, HttpContext http,
        CancellationToken cancellationToken)
    {
        var search = await ArticleSearch.ForAsync(http.RequestServices.GetRequiredService<IArticleSearchIndex>(), db, query.Q, articles, options,
            cancellationToken);
        if (search is not null && ArticleSearch.SortsByRelevance(query.Sort, query.Q))
        {
            // Counting every match is the one part of a search that grows with its hits: memoised like list totals.
            var total = await cache.GetOrComputeAsync(TotalKey(query, ArticleSearch.RelevanceSort, http.User.CanSeeDrafts()),
                () => search.Matching(articles).CountAsync(cancellationToken));
            return await RelevancePager.PageAsync(search, articles, query, total, db, http, cancellationToken);
        }
        if (search is not null) articles = search.Matching(articles);

        var sort = SortOf(query);
        // Keyset order on publishedAt needs a publishedAt: undated drafts are listed by -updatedAt instead.
        if (ArticleSorts.SortsByPublishedAt(sort.Name)) articles = articles.Where(a => a.PublishedAt != null);
        var page = await articles.ToPageAsync(sort, ArticleProjections.ToSummary(), query, http, cancellationToken, cache,
            TotalKey(query, sort.Name, http.User.CanSeeDrafts()));
        var items = await ArticleBylines.FillAsync(db, page.Items, cancellationToken);
        return page with { Items = search is null ? items : await search.WithSnippetsAsync(items, cancellationToken) };
    }

    /// <summary>Applies visibility and filters; unknown section, author or tag names are a 400 naming them.</summary>
    private static async Task<(IQueryable<Article>? Articles, Dictionary<string, string[]>? Errors)> Filter(
        ArticleListQuery query, ContentDbContext db, ReadCache cache, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var canSeeDrafts = http.User.CanSeeDrafts();
        var errors = new Dictionary<string, string[]>();
        var articles = db.Articles.AsNoTracking().VisibleTo(canSeeDrafts, now);

        if (query.StatusFilter() is { } status)
        {
            if (!canSeeDrafts && status != ArticleStatus.Published)
            {
                errors["status"] = ["Only preview, editor and admin keys can list unpublished articles."];
            }
            articles = articles.Where(a => a.Status == status);
        }

        if (query.Section is not null)
        {
            var sectionIds = await SectionAndDescendants(db, cache, query.Section, cancellationToken);
            if (sectionIds.Count == 0) errors["section"] = [$"No section has the id or slug '{query.Section}'."];
            articles = articles.Where(a => a.SectionId != null && sectionIds.Contains(a.SectionId.Value));
        }

        if (query.Author is not null)
        {
            var authorId = await IdOf(cache, ResourceKind.Author, db.Authors, query.Author, cancellationToken);
            if (authorId is null) errors["author"] = [$"No author has the id or slug '{query.Author}'."];
            // IN (SELECT ArticleId … WHERE AuthorId = ?) lets SQLite start from the author's bylines (their index)
            // instead of testing every published article: a rare author's COUNT is then O(their articles).
            var bylined = db.ArticleAuthors.Where(x => x.AuthorId == authorId).Select(x => x.ArticleId);
            articles = articles.Where(a => bylined.Contains(a.Id));
        }

        foreach (var tag in query.Tag ?? [])
        {
            var tagId = await IdOf(cache, ResourceKind.Tag, db.Tags, tag, cancellationToken);
            if (tagId is null) errors["tag"] = [$"No tag has the id or slug '{tag}'."];
            var tagged = db.ArticleTags.Where(x => x.TagId == tagId).Select(x => x.ArticleId);
            articles = articles.Where(a => tagged.Contains(a.Id));
        }

        if (query.PublishedAfter is { } after) articles = articles.Where(a => a.PublishedAt >= after.UtcDateTime);
        if (query.PublishedBefore is { } before) articles = articles.Where(a => a.PublishedAt < before.UtcDateTime);

        return errors.Count > 0 ? (null, errors) : (articles, null);
    }

    /// <summary>The section and every section under it: a section front shows its sub-sections' articles too.</summary>
    private static Task<List<Guid>> SectionAndDescendants(ContentDbContext db, ReadCache cache, string idOrSlug, CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync($"section-tree\u001f{idOrSlug}", async () =>
        {
            var root = await db.Sections.WhereIdOrSlug(idOrSlug).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (root is null) return new List<Guid>();

            // Sections are few: read the tree once rather than recursing in SQL, which not every provider words alike.
            var tree = await db.Sections.Where(s => s.ParentId != null).Select(s => new { s.Id, s.ParentId }).ToListAsync(cancellationToken);
            return SectionTree.SelfAndDescendants(root.Value, tree.Select(s => (s.Id, s.ParentId!.Value)));
        });

    /// <summary>A section, author or tag id from an id or slug, memoised until the next write.</summary>
    private static Task<Guid?> IdOf<T>(ReadCache cache, ResourceKind kind, IQueryable<T> set, string idOrSlug, CancellationToken cancellationToken)
        where T : class, ISlugged =>
        cache.GetOrComputeAsync($"id\u001f{kind}\u001f{idOrSlug}",
            () => set.WhereIdOrSlug(idOrSlug).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(cancellationToken));

    /// <summary>What the total depends on: the filters and visibility, not the page, cursor or limit.</summary>
    private static string TotalKey(ArticleListQuery query, string sort, bool canSeeDrafts) => string.Join('\u001f',
        "articles", canSeeDrafts, ArticleSorts.SortsByPublishedAt(sort), query.Q, query.Section, query.Author, string.Join(',', query.Tag ?? []),
        query.PublishedAfter?.UtcTicks, query.PublishedBefore?.UtcTicks, query.Status);
}
