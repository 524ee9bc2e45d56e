using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Taxonomies;

/// <summary>GET by id or slug, the article count, and the article sub-list, as sections, authors and tags share them.</summary>
public sealed class TaxonomyReadTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    // --- get ---

    [Theory, EachTaxonomy]
    public async Task Get_by_id_and_by_slug_returns_it_with_an_etag(string resource)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Business");

        foreach (var key in new[] { id, "business" })
        {
            var response = await Factory.Anonymous().GetAsync($"{t.Url}/{key}");
            var found = await response.ExpectJson(HttpStatusCode.OK);
            Assert.Equal(id, found.Str("id"));
            Assert.Equal("\"1\"", response.ETag());
        }
    }

    [Theory, EachTaxonomy]
    public async Task Get_returns_304_when_if_none_match_holds_the_current_etag(string resource)
    {
        var t = Taxonomy.Of(resource);
        await Factory.Create(t, "Business");
        var first = await Factory.Anonymous().GetAsync($"{t.Url}/business");

        var second = await Factory.Anonymous().GetIfNoneMatch($"{t.Url}/business", first.ETag());

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.ETag(), second.ETag());
    }

    [Theory, EachTaxonomy]
    public async Task Get_returns_404_when_missing(string resource)
    {
        var t = Taxonomy.Of(resource);
        await (await Factory.Anonymous().GetAsync($"{t.Url}/no-such-{t.Noun}")).ExpectProblem(HttpStatusCode.NotFound);
        await (await Factory.Anonymous().GetAsync($"{t.Url}/{Guid.CreateVersion7()}")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [EachTaxonomy("")]
    [EachTaxonomy("/articles?limit=5")]
    public async Task Get_and_its_article_list_by_an_old_slug_redirect_301_to_the_new_slug(string resource, string rest)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Articles");
        await (await Factory.Editor().PutJson($"{t.Url}/{id}", t.Body("Articles", slug: "stories"), "\"1\"")).ExpectJson(HttpStatusCode.OK);

        // The old slug is also the article list's own segment: only the owner's slug is rewritten, the query kept.
        var response = await Factory.Anonymous().GetAsync($"{t.Url}/articles{rest}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"{t.Url}/stories{rest}", response.Headers.Location?.OriginalString);
    }

    // --- the article count and the article sub-list ---

    [Theory, EachTaxonomy]
    public async Task ArticleCount_counts_published_articles_only(string resource)
    {
        var t = Taxonomy.Of(resource);
        await Factory.Create(t, "Business");
        await Factory.CreateArticleIn(t, "business", "Published story");
        await Factory.CreateArticleIn(t, "business", "Draft story", status: "draft");

        foreach (var client in new[] { Factory.Anonymous(), Factory.Editor() })
        {
            var found = await (await client.GetAsync($"{t.Url}/business")).ExpectJson(HttpStatusCode.OK);
            Assert.Equal(1, found["articleCount"]!.GetValue<int>());
        }
    }

    [Theory, EachTaxonomy]
    public async Task ListArticles_lists_its_published_articles_and_shows_drafts_to_editors_only(string resource)
    {
        var t = Taxonomy.Of(resource);
        await Factory.Create(t, "Business");
        await Factory.Create(t, "Other");
        await Factory.CreateArticleIn(t, "business", "Older story", publishedAt: DateTime.UtcNow.AddHours(-2));
        await Factory.CreateArticleIn(t, "business", "Newer story", publishedAt: DateTime.UtcNow.AddHours(-1));
        await Factory.CreateArticleIn(t, "business", "Draft story", status: "draft");
        await Factory.CreateArticleIn(t, "other", "Other story");
        await Factory.CreateArticle("Loose story");

        var anonymous = await (await Factory.Anonymous().GetAsync($"{t.Url}/business/articles")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["newer-story", "older-story"], anonymous.Slugs());
        Assert.Equal(2, anonymous.Total());

        var editor = await (await Factory.Editor().GetAsync($"{t.Url}/business/articles?sort=-updatedAt")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["draft-story", "newer-story", "older-story"], editor.Slugs());
    }

    [Theory, EachTaxonomy]
    public async Task ListArticles_returns_404_for_an_unknown_owner(string resource)
    {
        var t = Taxonomy.Of(resource);
        var response = await Factory.Anonymous().GetAsync($"{t.Url}/no-such-{t.Noun}/articles");
        await response.ExpectProblem(HttpStatusCode.NotFound);
    }
}
