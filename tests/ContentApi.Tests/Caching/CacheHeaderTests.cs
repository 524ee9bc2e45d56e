using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Caching;

/// <summary>What reads tell browsers and CDNs: how long to keep them, and what they contain (Surrogate-Key).</summary>
public sealed class CacheHeaderTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private async Task<(System.Text.Json.Nodes.JsonNode Article, string Section, string Author, string Tag)> ArticleWithRelations()
    {
        var section = await Factory.CreateSection("Europe");
        var author = await Factory.CreateAuthor("Jane Doe");
        var tag = await Factory.CreateTag("Ukraine");
        var article = await Factory.CreateArticle("Related things", section: "europe", authors: ["jane-doe"], tags: ["ukraine"]);
        return (article, section.Str("id"), author.Str("id"), tag.Str("id"));
    }

    [Fact]
    public async Task AnonymousRead_is_public_for_shared_caches_and_varies_by_Authorization()
    {
        var article = await Factory.CreateArticle("Public");

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{article.Str("slug")}");

        Assert.Equal("public, max-age=10, s-maxage=60, stale-while-revalidate=30", response.Headers.CacheControl?.ToString());
        Assert.Contains("Authorization", response.Headers.Vary);
    }

    [Fact]
    public async Task AnonymousArticle_names_the_article_its_section_authors_and_tags_in_Surrogate_Key()
    {
        var (article, section, author, tag) = await ArticleWithRelations();

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{article.Str("slug")}");

        var keys = Header(response, "Surrogate-Key").Split(' ');
        Assert.Equal(
            new[] { $"article:{article.Str("id")}", $"author:{author}", $"section:{section}", $"tag:{tag}" },
            keys.Order());
    }

    [Fact]
    public async Task AnonymousList_names_its_collection_and_every_item_in_Surrogate_Key()
    {
        var (article, section, author, tag) = await ArticleWithRelations();
        var other = await Factory.CreateArticle("Another one");

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles");

        var keys = Header(response, "Surrogate-Key").Split(' ');
        Assert.Contains("articles", keys);
        Assert.Contains($"article:{article.Str("id")}", keys);
        Assert.Contains($"article:{other.Str("id")}", keys);
        Assert.Contains($"section:{section}", keys);
        Assert.Contains($"author:{author}", keys);
        Assert.Contains($"tag:{tag}", keys);
    }

    [Fact]
    public async Task KeyedRead_is_private_no_store_without_Surrogate_Key()
    {
        var article = await Factory.CreateArticle("Seen with a key");

        var response = await Factory.Preview().GetAsync($"{Api}/articles/{article.Str("slug")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.False(response.Headers.Contains("Surrogate-Key"));
    }

    [Fact]
    public async Task Write_response_is_no_store()
    {
        var response = await Factory.Editor().PostJson($"{Api}/tags", new { name = "Fresh" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
