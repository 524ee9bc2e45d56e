using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Authors;

public sealed class AuthorEndpointsTests : ApiTest
{
    private const string Authors = $"{Api}/authors";

    private static readonly object Elena = new
    {
        name = "Elena Marsh",
        bio = "Diplomatic correspondent.",
        avatarUrl = "https://example.com/elena.jpg",
        email = "elena@example.com",
        links = new { website = "https://example.com/elena", x = "https://x.com/elena", bluesky = "https://bsky.app/profile/elena" },
    };

    // --- create ---

    [Fact]
    public async Task CreateAuthor_returns_201_with_location_and_etag_1()
    {
        var response = await Factory.Editor().PostJson(Authors, Elena);

        var author = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal($"{Authors}/{author["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal("elena-marsh", author["slug"]!.GetValue<string>());
        Assert.Equal("Elena Marsh", author["name"]!.GetValue<string>());
        Assert.Equal("Diplomatic correspondent.", author["bio"]!.GetValue<string>());
        Assert.Equal("https://example.com/elena.jpg", author["avatarUrl"]!.GetValue<string>());
        Assert.Equal(0, author["articleCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task CreateAuthor_generates_an_ascii_slug_from_the_name()
    {
        var author = await CreateAuthor("Tomás Ruiz-Łopez");
        Assert.Equal("tomas-ruiz-lopez", author["slug"]!.GetValue<string>());
        Assert.Equal("cafe-societe", (await CreateAuthor("Café Société"))["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateAuthor_with_a_name_already_used_gets_a_numbered_slug()
    {
        await CreateAuthor("Elena Marsh");
        var second = await CreateAuthor("Elena Marsh");
        Assert.Equal("elena-marsh-2", second["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateAuthor_returns_409_when_the_explicit_slug_is_taken()
    {
        await CreateAuthor("Elena Marsh");
        var response = await Factory.Editor().PostJson(Authors, new { name = "E. Marsh", slug = "elena-marsh" });
        await response.ExpectProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreateAuthor_returns_400_naming_slug_when_it_does_not_match_the_pattern()
    {
        var response = await Factory.Editor().PostJson(Authors, new { name = "Elena Marsh", slug = "Bad Slug" });
        await response.ExpectValidationError("slug");
    }

    [Theory]
    [InlineData("""{"bio": "no name"}""")]
    [InlineData("""{"name": ""}""")]
    public async Task CreateAuthor_returns_400_naming_name_when_it_is_missing_or_empty(string body)
    {
        var response = await Factory.Editor().PostRaw(Authors, body);
        await response.ExpectValidationError("name");
    }

    [Fact]
    public async Task CreateAuthor_returns_400_naming_name_when_it_is_too_long()
    {
        var response = await Factory.Editor().PostJson(Authors, new { name = new string('a', 121) });
        await response.ExpectValidationError("name");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("version")]
    public async Task CreateAuthor_returns_400_naming_an_unknown_or_server_owned_field(string field)
    {
        var response = await Factory.Editor().PostRaw(Authors, $$"""{"name": "Elena Marsh", "{{field}}": 1}""");
        await response.ExpectValidationError(field);
    }

    [Fact]
    public async Task CreateAuthor_returns_400_naming_an_unknown_link()
    {
        var response = await Factory.Editor().PostRaw(Authors, """{"name": "Elena Marsh", "links": {"myspace": "https://myspace.com/elena"}}""");
        await response.ExpectValidationError("links.myspace");
    }

    [Fact]
    public async Task CreateAuthor_returns_400_naming_name_when_it_has_the_wrong_type()
    {
        var response = await Factory.Editor().PostRaw(Authors, """{"name": 5}""");
        await response.ExpectValidationError("name");
    }

    [Fact]
    public async Task CreateAuthor_returns_400_for_malformed_json()
    {
        var response = await Factory.Editor().PostRaw(Authors, "{name: 'Elena'}");
        await response.ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateAuthor_returns_400_for_a_json_null_body()
    {
        var response = await Factory.Editor().PostRaw(Authors, "null");
        await response.ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateAuthor_returns_401_with_a_challenge_without_a_key()
    {
        var response = await Factory.Anonymous().PostJson(Authors, new { name = "Elena Marsh" });
        await response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task CreateAuthor_returns_403_with_a_preview_key()
    {
        var response = await Factory.Preview().PostJson(Authors, new { name = "Elena Marsh" });
        await response.ExpectProblem(HttpStatusCode.Forbidden);
    }

    // --- private and linked fields ---

    [Fact]
    public async Task Author_email_is_shown_to_editors_only()
    {
        var created = await (await Factory.Editor().PostJson(Authors, Elena)).ExpectJson(HttpStatusCode.Created);
        Assert.Equal("elena@example.com", created["email"]!.GetValue<string>());

        var editor = await (await Factory.Editor().GetAsync($"{Authors}/elena-marsh")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("elena@example.com", editor["email"]!.GetValue<string>());

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
    public async Task Author_links_round_trip()
    {
        await Factory.Editor().PostJson(Authors, Elena);

        var author = await (await Factory.Anonymous().GetAsync($"{Authors}/elena-marsh")).ExpectJson(HttpStatusCode.OK);

        var links = author["links"]!;
        Assert.Equal("https://example.com/elena", links["website"]!.GetValue<string>());
        Assert.Equal("https://x.com/elena", links["x"]!.GetValue<string>());
        Assert.Equal("https://bsky.app/profile/elena", links["bluesky"]!.GetValue<string>());
        Assert.Null(links["facebook"]);
        Assert.True(links.AsObject().ContainsKey("linkedIn"));
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

    // --- get ---

    [Fact]
    public async Task GetAuthor_by_id_and_by_slug_returns_it_with_an_etag()
    {
        var created = await CreateAuthor("Elena Marsh");

        foreach (var key in new[] { created["id"]!.GetValue<string>(), "elena-marsh" })
        {
            var response = await Factory.Anonymous().GetAsync($"{Authors}/{key}");
            var author = await response.ExpectJson(HttpStatusCode.OK);
            Assert.Equal(created["id"]!.GetValue<string>(), author["id"]!.GetValue<string>());
            Assert.Equal("\"1\"", response.ETag());
        }
    }

    [Fact]
    public async Task GetAuthor_returns_304_when_if_none_match_holds_the_current_etag()
    {
        await CreateAuthor("Elena Marsh");
        var first = await Factory.Anonymous().GetAsync($"{Authors}/elena-marsh");

        var second = await Factory.Anonymous().GetIfNoneMatch($"{Authors}/elena-marsh", first.ETag());

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task GetAuthor_returns_404_when_missing()
    {
        await (await Factory.Anonymous().GetAsync($"{Authors}/no-such-author")).ExpectProblem(HttpStatusCode.NotFound);
        await (await Factory.Anonymous().GetAsync($"{Authors}/{Guid.CreateVersion7()}")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetAuthor_by_an_old_slug_redirects_301_to_the_new_slug()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();
        var renamed = await Factory.Editor().PutJson($"{Authors}/{id}", new { name = "Elena Marsh-Petrova", slug = "elena-marsh-petrova" }, "\"1\"");
        await renamed.ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetAsync($"{Authors}/elena-marsh");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"{Authors}/elena-marsh-petrova", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task GetAuthorArticles_by_an_old_slug_redirects_301_to_the_new_slug()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();
        await (await Factory.Editor().PutJson($"{Authors}/{id}", new { name = "Elena Marsh", slug = "emarsh" }, "\"1\"")).ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetAsync($"{Authors}/elena-marsh/articles?limit=5");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"{Authors}/emarsh/articles?limit=5", response.Headers.Location?.OriginalString);
    }

    // --- list ---

    [Fact]
    public async Task ListAuthors_returns_the_envelope_newest_first()
    {
        await CreateAuthor("First");
        await CreateAuthor("Second");

        var list = await (await Factory.Anonymous().GetAsync(Authors)).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["second", "first"], Slugs(list));
        Assert.Equal(20, list["page"]!["limit"]!.GetValue<int>());
        Assert.Equal(2, list["page"]!["total"]!.GetValue<int>());
        Assert.Null(list["page"]!["nextCursor"]);
        Assert.Null(list["page"]!["prevCursor"]);
    }

    [Fact]
    public async Task ListAuthors_pages_through_with_cursors_without_duplicates_or_gaps()
    {
        foreach (var n in new[] { "one", "two", "three", "four", "five" }) await CreateAuthor(n);
        var client = Factory.Anonymous();
        var seen = new List<string>();
        string? cursor = null;
        string? lastPrev = null;

        do
        {
            var response = await client.GetAsync(cursor is null ? $"{Authors}?limit=2" : $"{Authors}?limit=2&cursor={cursor}");
            var page = await response.ExpectJson(HttpStatusCode.OK);
            seen.AddRange(Slugs(page));
            cursor = page["page"]!["nextCursor"]?.GetValue<string>();
            if (cursor is not null) Assert.Contains("rel=\"next\"", string.Join(",", response.Headers.GetValues("Link")));
            lastPrev = page["page"]!["prevCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(["five", "four", "three", "two", "one"], seen);
        var back = await (await client.GetAsync($"{Authors}?limit=2&cursor={lastPrev}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["three", "two"], Slugs(back));
    }

    [Fact]
    public async Task ListAuthors_serves_numbered_pages()
    {
        foreach (var n in new[] { "one", "two", "three", "four", "five" }) await CreateAuthor(n);

        var list = await (await Factory.Anonymous().GetAsync($"{Authors}?page=2&limit=2")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["three", "two"], Slugs(list));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("cursor=%21%21", "cursor")]
    [InlineData("cursor=abc&page=2", "page")]
    public async Task ListAuthors_returns_400_naming_a_bad_paging_parameter(string query, string field)
    {
        var response = await Factory.Anonymous().GetAsync($"{Authors}?{query}");
        await response.ExpectValidationError(field);
    }

    // --- put ---

    [Fact]
    public async Task ReplaceAuthor_returns_428_without_if_match()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PutJson($"{Authors}/{id}", new { name = "E. Marsh" }, etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    [Fact]
    public async Task ReplaceAuthor_returns_412_with_the_current_etag_when_if_match_is_stale()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PutJson($"{Authors}/{id}", new { name = "E. Marsh" }, "\"99\"");
        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", response.ETag());
    }

    [Fact]
    public async Task ReplaceAuthor_with_the_current_etag_replaces_every_field()
    {
        var id = (await (await Factory.Editor().PostJson(Authors, Elena)).ExpectJson(HttpStatusCode.Created))["id"]!.GetValue<string>();

        var response = await Factory.Editor().PutJson($"{Authors}/{id}", new { name = "E. Marsh", links = new { linkedIn = "https://linkedin.com/in/elena" } }, "\"1\"");

        var author = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("E. Marsh", author["name"]!.GetValue<string>());
        Assert.Equal("elena-marsh", author["slug"]!.GetValue<string>());
        Assert.Null(author["bio"]);
        Assert.Null(author["email"]);
        Assert.Null(author["links"]!["website"]);
        Assert.Equal("https://linkedin.com/in/elena", author["links"]!["linkedIn"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("0196a0f0-0000-7000-8000-000000000000")]
    [InlineData("not-a-guid")]
    public async Task ReplaceAuthor_returns_404_for_an_unknown_id(string id)
    {
        var response = await Factory.Editor().PutJson($"{Authors}/{id}", new { name = "E. Marsh" }, "\"1\"");
        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    // --- patch ---

    [Fact]
    public async Task PatchAuthor_changes_only_the_given_fields()
    {
        var created = await Factory.Editor().PostJson(Authors, Elena);
        var id = (await created.ExpectJson(HttpStatusCode.Created))["id"]!.GetValue<string>();

        var response = await Factory.Editor().PatchJson($"{Authors}/{id}", new { bio = "Europe editor.", links = new { facebook = "https://facebook.com/elena" } }, created.ETag());

        var author = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("Europe editor.", author["bio"]!.GetValue<string>());
        Assert.Equal("Elena Marsh", author["name"]!.GetValue<string>());
        Assert.Equal("elena@example.com", author["email"]!.GetValue<string>());
        Assert.Equal("https://example.com/elena.jpg", author["avatarUrl"]!.GetValue<string>());
        // A merge patch merges nested objects too: the other links stay.
        Assert.Equal("https://facebook.com/elena", author["links"]!["facebook"]!.GetValue<string>());
        Assert.Equal("https://example.com/elena", author["links"]!["website"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchAuthor_with_null_clears_optional_fields()
    {
        var created = await Factory.Editor().PostJson(Authors, Elena);
        var id = (await created.ExpectJson(HttpStatusCode.Created))["id"]!.GetValue<string>();

        var response = await Factory.Editor().PatchJson($"{Authors}/{id}",
            new Dictionary<string, object?> { ["bio"] = null, ["links"] = new Dictionary<string, object?> { ["x"] = null } }, created.ETag());

        var author = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Null(author["bio"]);
        Assert.Null(author["links"]!["x"]);
        Assert.Equal("https://example.com/elena", author["links"]!["website"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchAuthor_returns_400_naming_an_unknown_field()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PatchJson($"{Authors}/{id}", new { twitter = "@elena" }, "\"1\"");
        await response.ExpectValidationError("twitter");
    }

    [Fact]
    public async Task PatchAuthor_returns_400_naming_a_link_that_is_not_an_http_url()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PatchJson($"{Authors}/{id}", new { links = new { website = "javascript:alert(1)" } }, "\"1\"");
        await response.ExpectValidationError("links.website");
    }

    [Fact]
    public async Task PatchAuthor_returns_428_without_if_match()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PatchJson($"{Authors}/{id}", new { bio = "x" }, etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    // --- delete ---

    [Fact]
    public async Task DeleteAuthor_returns_428_without_if_match()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().Delete($"{Authors}/{id}", etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    [Fact]
    public async Task DeleteAuthor_with_if_match_returns_204_and_the_author_is_gone()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();

        var response = await Factory.Editor().Delete($"{Authors}/{id}", "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await Factory.Anonymous().GetAsync($"{Authors}/{id}")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteAuthor_returns_409_while_they_are_in_a_byline()
    {
        var id = (await CreateAuthor("Elena Marsh"))["id"]!.GetValue<string>();
        await CreateArticle("Peace talks stall", authors: ["elena-marsh"], status: "draft");

        var response = await Factory.Editor().Delete($"{Authors}/{id}", "\"1\"");

        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("byline", problem["detail"]!.GetValue<string>());
        await (await Factory.Anonymous().GetAsync($"{Authors}/elena-marsh")).ExpectJson(HttpStatusCode.OK);
    }

    // --- counts and "+ posts" ---

    [Fact]
    public async Task Author_articleCount_counts_published_articles_only()
    {
        await CreateAuthor("Elena Marsh");
        await CreateArticle("Published story", authors: ["elena-marsh"]);
        await CreateArticle("Draft story", authors: ["elena-marsh"], status: "draft");

        foreach (var client in new[] { Factory.Anonymous(), Factory.Editor() })
        {
            var author = await (await client.GetAsync($"{Authors}/elena-marsh")).ExpectJson(HttpStatusCode.OK);
            Assert.Equal(1, author["articleCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task ListAuthorArticles_lists_the_authors_published_articles()
    {
        await CreateAuthor("Elena Marsh");
        await CreateAuthor("Tomas Ruiz");
        await CreateArticle("Solo story", authors: ["elena-marsh"], publishedAt: DateTime.UtcNow.AddHours(-2));
        await CreateArticle("Shared story", authors: ["tomas-ruiz", "elena-marsh"], publishedAt: DateTime.UtcNow.AddHours(-1));
        await CreateArticle("Draft story", authors: ["elena-marsh"], status: "draft");
        await CreateArticle("Other story", authors: ["tomas-ruiz"]);

        var list = await (await Factory.Anonymous().GetAsync($"{Authors}/elena-marsh/articles")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["shared-story", "solo-story"], Slugs(list));
        Assert.Equal(2, list["page"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListAuthorArticles_returns_404_for_an_unknown_author()
    {
        var response = await Factory.Anonymous().GetAsync($"{Authors}/no-such-author/articles");
        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    private static string[] Slugs(JsonNode list) =>
        list["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToArray();
}
