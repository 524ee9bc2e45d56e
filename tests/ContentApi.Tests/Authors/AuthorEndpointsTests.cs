using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Authors;

/// <summary>What only authors have: a private email, an avatar and links with URL rules, PUT clearing what it omits,
/// nested merge patch, bylines. What authors share with sections and tags is tested in Taxonomies/.</summary>
public sealed class AuthorEndpointsTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private const string Authors = $"{Api}/authors";

    private static readonly object Elena = new
    {
        name = "Elena Marsh",
        bio = "Diplomatic correspondent.",
        avatarUrl = "https://example.com/elena.jpg",
        email = "elena@example.com",
        links = new { website = "https://example.com/elena", x = "https://x.com/elena", bluesky = "https://bsky.app/profile/elena" },
    };

    // --- private and linked fields ---

    [Fact]
    public async Task Author_email_is_shown_to_editors_only()
    {
        var created = await (await Factory.Editor().PostJson(Authors, Elena)).ExpectJson(HttpStatusCode.Created);
        Assert.Equal("elena@example.com", created.Str("email"));

        var editor = await (await Factory.Editor().GetAsync($"{Authors}/elena-marsh")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("elena@example.com", editor.Str("email"));

        foreach (var client in new[] { Factory.Anonymous(), Factory.Preview() })
        {
            var author = await (await client.GetAsync($"{Authors}/elena-marsh")).ExpectJson(HttpStatusCode.OK);
            Assert.True(author.AsObject().ContainsKey("email"));
            Assert.Null(author["email"]);
            var listed = await (await client.GetAsync(Authors)).ExpectJson(HttpStatusCode.OK);
            Assert.Null(listed["items"]![0]!["email"]);
        }
    }

    [Fact]
    public async Task Author_avatarUrl_and_links_round_trip()
    {
        await (await Factory.Editor().PostJson(Authors, Elena)).ExpectJson(HttpStatusCode.Created);

        var author = await (await Factory.Anonymous().GetAsync($"{Authors}/elena-marsh")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal("https://example.com/elena.jpg", author.Str("avatarUrl"));
        var links = author["links"]!;
        Assert.Equal("https://example.com/elena", links.Str("website"));
        Assert.Equal("https://x.com/elena", links.Str("x"));
        Assert.Equal("https://bsky.app/profile/elena", links.Str("bluesky"));
        Assert.Null(links["facebook"]);
        Assert.True(links.AsObject().ContainsKey("linkedIn"));
    }

    [Fact]
    public async Task CreateAuthor_returns_400_naming_an_unknown_link()
    {
        var response = await Factory.Editor().PostRaw(Authors, """{"name": "Elena Marsh", "links": {"myspace": "https://myspace.com/elena"}}""");
        await response.ExpectValidationError("links.myspace");
    }

    [Fact]
    public async Task CreateAuthor_returns_400_naming_avatarUrl_when_it_is_not_an_http_url()
    {
        var response = await Factory.Editor().PostJson(Authors, new { name = "Elena Marsh", avatarUrl = "javascript:alert(1)" });
        await response.ExpectValidationError("avatarUrl");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("/relative/path")]
    public async Task CreateAuthor_returns_400_naming_the_link_when_it_is_not_an_http_url(string url)
    {
        var response = await Factory.Editor().PostJson(Authors, new { name = "Elena Marsh", links = new { website = url } });
        await response.ExpectValidationError("links.website");
    }

    [Fact]
    public async Task CreateAuthor_returns_400_naming_email_when_it_is_not_an_address()
    {
        var response = await Factory.Editor().PostJson(Authors, new { name = "Elena Marsh", email = "not-an-address" });
        await response.ExpectValidationError("email");
    }

    // --- put and patch ---

    [Fact]
    public async Task ReplaceAuthor_with_the_current_etag_replaces_every_field()
    {
        var id = (await (await Factory.Editor().PostJson(Authors, Elena)).ExpectJson(HttpStatusCode.Created)).Str("id");

        var response = await Factory.Editor().PutJson($"{Authors}/{id}", new { name = "E. Marsh", links = new { linkedIn = "https://linkedin.com/in/elena" } }, "\"1\"");

        var author = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("E. Marsh", author.Str("name"));
        Assert.Equal("elena-marsh", author.Str("slug"));
        Assert.Null(author["bio"]);
        Assert.Null(author["email"]);
        Assert.Null(author["avatarUrl"]);
        Assert.Null(author["links"]!["website"]);
        Assert.Equal("https://linkedin.com/in/elena", author["links"]!.Str("linkedIn"));
    }

    [Fact]
    public async Task PatchAuthor_merges_nested_links_and_keeps_the_other_fields()
    {
        var created = await Factory.Editor().PostJson(Authors, Elena);
        var id = (await created.ExpectJson(HttpStatusCode.Created)).Str("id");

        var response = await Factory.Editor().PatchJson($"{Authors}/{id}", new { bio = "Europe editor.", links = new { facebook = "https://facebook.com/elena" } }, created.ETag());

        var author = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("Europe editor.", author.Str("bio"));
        Assert.Equal("Elena Marsh", author.Str("name"));
        Assert.Equal("elena@example.com", author.Str("email"));
        Assert.Equal("https://example.com/elena.jpg", author.Str("avatarUrl"));
        // A merge patch merges nested objects too: the other links stay.
        Assert.Equal("https://facebook.com/elena", author["links"]!.Str("facebook"));
        Assert.Equal("https://example.com/elena", author["links"]!.Str("website"));
    }

    [Fact]
    public async Task PatchAuthor_with_null_clears_optional_fields_and_single_links()
    {
        var created = await Factory.Editor().PostJson(Authors, Elena);
        var id = (await created.ExpectJson(HttpStatusCode.Created)).Str("id");

        var response = await Factory.Editor().PatchJson($"{Authors}/{id}",
            new Dictionary<string, object?> { ["bio"] = null, ["links"] = new Dictionary<string, object?> { ["x"] = null } }, created.ETag());

        var author = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Null(author["bio"]);
        Assert.Null(author["links"]!["x"]);
        Assert.Equal("https://example.com/elena", author["links"]!.Str("website"));
    }

    [Fact]
    public async Task PatchAuthor_returns_400_naming_a_link_that_is_not_an_http_url()
    {
        var id = (await Factory.CreateAuthor("Elena Marsh")).Str("id");
        var response = await Factory.Editor().PatchJson($"{Authors}/{id}", new { links = new { website = "javascript:alert(1)" } }, "\"1\"");
        await response.ExpectValidationError("links.website");
    }

    // --- bylines ---

    [Fact]
    public async Task DeleteAuthor_returns_409_while_they_are_in_a_byline()
    {
        var id = (await Factory.CreateAuthor("Elena Marsh")).Str("id");
        await Factory.CreateArticle("Peace talks stall", authors: ["elena-marsh"], status: "draft");

        var response = await Factory.Editor().Delete($"{Authors}/{id}", "\"1\"");

        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("byline", problem.Str("detail"));
        await (await Factory.Anonymous().GetAsync($"{Authors}/elena-marsh")).ExpectJson(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ListAuthorArticles_includes_the_articles_they_share_a_byline_on()
    {
        await Factory.CreateAuthor("Elena Marsh");
        await Factory.CreateAuthor("Tomas Ruiz");
        await Factory.CreateArticle("Solo story", authors: ["elena-marsh"], publishedAt: DateTime.UtcNow.AddHours(-2));
        await Factory.CreateArticle("Shared story", authors: ["tomas-ruiz", "elena-marsh"], publishedAt: DateTime.UtcNow.AddHours(-1));
        await Factory.CreateArticle("Draft story", authors: ["elena-marsh"], status: "draft");
        await Factory.CreateArticle("Other story", authors: ["tomas-ruiz"]);

        var list = await (await Factory.Anonymous().GetAsync($"{Authors}/elena-marsh/articles")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["shared-story", "solo-story"], list.Slugs());
        Assert.Equal(2, list.Total());
    }
}
