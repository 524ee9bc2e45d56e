using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Sections;

public sealed class SectionEndpointsTests : ApiTest
{
    private const string Sections = $"{Api}/sections";

    // --- create ---

    [Fact]
    public async Task CreateSection_returns_201_with_location_and_etag_1()
    {
        var response = await Factory.Editor().PostJson(Sections, new { name = "International", description = "World news.", position = 3 });

        var section = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal($"{Sections}/{section["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal("international", section["slug"]!.GetValue<string>());
        Assert.Equal("International", section["name"]!.GetValue<string>());
        Assert.Equal("World news.", section["description"]!.GetValue<string>());
        Assert.Equal(3, section["position"]!.GetValue<int>());
        Assert.True(section.AsObject().ContainsKey("parent"));
        Assert.Null(section["parent"]);
        Assert.Equal(0, section["articleCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task CreateSection_generates_an_ascii_slug_from_the_name()
    {
        var section = await CreateSection("Café Société");
        Assert.Equal("cafe-societe", section["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateSection_with_a_name_already_used_gets_a_numbered_slug()
    {
        await CreateSection("Business");
        var second = await CreateSection("Business");
        Assert.Equal("business-2", second["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateSection_returns_409_when_the_explicit_slug_is_taken()
    {
        await CreateSection("Business");
        var response = await Factory.Editor().PostJson(Sections, new { name = "Money", slug = "business" });
        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("business", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateSection_returns_400_naming_slug_when_it_does_not_match_the_pattern()
    {
        var response = await Factory.Editor().PostJson(Sections, new { name = "Business", slug = "Bad Slug" });
        await response.ExpectValidationError("slug");
    }

    [Theory]
    [InlineData("""{"description": "no name"}""")]
    [InlineData("""{"name": ""}""")]
    public async Task CreateSection_returns_400_naming_name_when_it_is_missing_or_empty(string body)
    {
        var response = await Factory.Editor().PostRaw(Sections, body);
        await response.ExpectValidationError("name");
    }

    [Fact]
    public async Task CreateSection_returns_400_naming_name_when_it_is_too_long()
    {
        var response = await Factory.Editor().PostJson(Sections, new { name = new string('a', 121) });
        await response.ExpectValidationError("name");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("version")]
    public async Task CreateSection_returns_400_naming_an_unknown_or_server_owned_field(string field)
    {
        var response = await Factory.Editor().PostRaw(Sections, $$"""{"name": "Business", "{{field}}": 1}""");
        await response.ExpectValidationError(field);
    }

    [Theory]
    [InlineData("""{"name": 5}""", "name")]
    [InlineData("""{"name": "Business", "position": "first"}""", "position")]
    public async Task CreateSection_returns_400_naming_a_field_of_the_wrong_type(string body, string field)
    {
        var response = await Factory.Editor().PostRaw(Sections, body);
        await response.ExpectValidationError(field);
    }

    [Fact]
    public async Task CreateSection_returns_400_for_malformed_json()
    {
        var response = await Factory.Editor().PostRaw(Sections, """{"name": "Business" """);
        await response.ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateSection_returns_400_for_a_json_null_body()
    {
        var response = await Factory.Editor().PostRaw(Sections, "null");
        await response.ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateSection_returns_401_with_a_challenge_without_a_key()
    {
        var response = await Factory.Anonymous().PostJson(Sections, new { name = "Business" });
        await response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task CreateSection_returns_403_with_a_preview_key()
    {
        var response = await Factory.Preview().PostJson(Sections, new { name = "Business" });
        await response.ExpectProblem(HttpStatusCode.Forbidden);
    }

    // --- parents ---

    [Fact]
    public async Task CreateSection_with_a_parent_slug_embeds_the_parent()
    {
        var parent = await CreateSection("International");

        var child = await CreateSection("Europe", parent: "international");

        Assert.Equal(parent["id"]!.GetValue<string>(), child["parent"]!["id"]!.GetValue<string>());
        Assert.Equal("international", child["parent"]!["slug"]!.GetValue<string>());
        Assert.Equal("International", child["parent"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateSection_returns_400_naming_parent_when_it_is_unknown()
    {
        var response = await Factory.Editor().PostJson(Sections, new { name = "Europe", parent = "nowhere" });
        await response.ExpectValidationError("parent");
    }

    [Fact]
    public async Task ReplaceSection_returns_400_when_the_parent_is_its_own_sub_section()
    {
        var parent = await CreateSection("International");
        await CreateSection("Europe", parent: "international");

        var response = await Factory.Editor().PutJson($"{Sections}/{parent["id"]}", new { name = "International", parent = "europe" }, "\"1\"");

        await response.ExpectValidationError("parent");
    }

    [Fact]
    public async Task PatchSection_returns_400_when_the_parent_is_a_descendant_or_itself()
    {
        var top = await CreateSection("International");
        await CreateSection("Europe", parent: "international");
        await CreateSection("Balkans", parent: "europe");

        var toGrandchild = await Factory.Editor().PatchJson($"{Sections}/{top["id"]}", new { parent = "balkans" }, "\"1\"");
        await toGrandchild.ExpectValidationError("parent");
        var toItself = await Factory.Editor().PatchJson($"{Sections}/{top["id"]}", new { parent = "international" }, "\"1\"");
        await toItself.ExpectValidationError("parent");
    }

    [Fact]
    public async Task PatchSection_moves_a_section_to_the_top_level_with_a_null_parent()
    {
        await CreateSection("International");
        var child = await CreateSection("Europe", parent: "international");

        var response = await Factory.Editor().PatchJson($"{Sections}/{child["id"]}", new Dictionary<string, object?> { ["parent"] = null }, "\"1\"");

        var section = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Null(section["parent"]);
    }

    // --- get ---

    [Fact]
    public async Task GetSection_by_id_and_by_slug_returns_it_with_an_etag()
    {
        var created = await CreateSection("Business");

        foreach (var key in new[] { created["id"]!.GetValue<string>(), "business" })
        {
            var response = await Factory.Anonymous().GetAsync($"{Sections}/{key}");
            var section = await response.ExpectJson(HttpStatusCode.OK);
            Assert.Equal(created["id"]!.GetValue<string>(), section["id"]!.GetValue<string>());
            Assert.Equal("\"1\"", response.ETag());
        }
    }

    [Fact]
    public async Task GetSection_returns_304_when_if_none_match_holds_the_current_etag()
    {
        await CreateSection("Business");
        var first = await Factory.Anonymous().GetAsync($"{Sections}/business");

        var second = await Factory.Anonymous().GetIfNoneMatch($"{Sections}/business", first.ETag());

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task GetSection_returns_404_when_missing()
    {
        await (await Factory.Anonymous().GetAsync($"{Sections}/no-such-section")).ExpectProblem(HttpStatusCode.NotFound);
        await (await Factory.Anonymous().GetAsync($"{Sections}/{Guid.CreateVersion7()}")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetSection_by_an_old_slug_redirects_301_to_the_new_slug()
    {
        var id = (await CreateSection("Business"))["id"]!.GetValue<string>();
        var renamed = await Factory.Editor().PutJson($"{Sections}/{id}", new { name = "Business", slug = "money" }, "\"1\"");
        await renamed.ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetAsync($"{Sections}/business");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"{Sections}/money", response.Headers.Location?.OriginalString);
    }

    // --- list ---

    [Fact]
    public async Task ListSections_returns_the_envelope_newest_first()
    {
        await CreateSection("First");
        await CreateSection("Second");

        var list = await (await Factory.Anonymous().GetAsync(Sections)).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["second", "first"], Slugs(list));
        Assert.Equal(20, list["page"]!["limit"]!.GetValue<int>());
        Assert.Equal(2, list["page"]!["total"]!.GetValue<int>());
        Assert.Null(list["page"]!["nextCursor"]);
        Assert.Null(list["page"]!["prevCursor"]);
    }

    [Fact]
    public async Task ListSections_pages_through_with_cursors_without_duplicates_or_gaps()
    {
        foreach (var n in new[] { "one", "two", "three", "four", "five" }) await CreateSection(n);
        var client = Factory.Anonymous();

        var first = await client.GetAsync($"{Sections}?limit=2");
        var page1 = await first.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["five", "four"], Slugs(page1));
        Assert.Contains("rel=\"next\"", string.Join(",", first.Headers.GetValues("Link")));

        var second = await client.GetAsync($"{Sections}?limit=2&cursor={page1["page"]!["nextCursor"]}");
        var page2 = await second.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["three", "two"], Slugs(page2));
        var links = string.Join(",", second.Headers.GetValues("Link"));
        Assert.Contains("rel=\"next\"", links);
        Assert.Contains("rel=\"prev\"", links);

        var page3 = await (await client.GetAsync($"{Sections}?limit=2&cursor={page2["page"]!["nextCursor"]}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["one"], Slugs(page3));
        Assert.Null(page3["page"]!["nextCursor"]);

        var back = await (await client.GetAsync($"{Sections}?limit=2&cursor={page2["page"]!["prevCursor"]}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["five", "four"], Slugs(back));
    }

    [Fact]
    public async Task ListSections_serves_numbered_pages()
    {
        foreach (var n in new[] { "one", "two", "three", "four", "five" }) await CreateSection(n);

        var list = await (await Factory.Anonymous().GetAsync($"{Sections}?page=2&limit=2")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["three", "two"], Slugs(list));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("cursor=bm90IGEgY3Vyc29y", "cursor")]
    public async Task ListSections_returns_400_naming_a_bad_paging_parameter(string query, string field)
    {
        var response = await Factory.Anonymous().GetAsync($"{Sections}?{query}");
        await response.ExpectValidationError(field);
    }

    [Fact]
    public async Task ListSections_returns_400_when_cursor_and_page_are_combined()
    {
        foreach (var n in new[] { "one", "two", "three" }) await CreateSection(n);
        var page1 = await (await Factory.Anonymous().GetAsync($"{Sections}?limit=2")).ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetAsync($"{Sections}?page=2&cursor={page1["page"]!["nextCursor"]}");

        await response.ExpectValidationError("page");
    }

    // --- put ---

    [Fact]
    public async Task ReplaceSection_returns_428_without_if_match()
    {
        var id = (await CreateSection("Business"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PutJson($"{Sections}/{id}", new { name = "Money" }, etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    [Fact]
    public async Task ReplaceSection_returns_412_with_the_current_etag_when_if_match_is_stale()
    {
        var id = (await CreateSection("Business"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PutJson($"{Sections}/{id}", new { name = "Money" }, "\"99\"");
        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", response.ETag());
    }

    [Fact]
    public async Task ReplaceSection_with_the_current_etag_replaces_it_and_bumps_the_etag()
    {
        await CreateSection("International");
        var id = (await CreateSection("Business"))["id"]!.GetValue<string>();

        var response = await Factory.Editor().PutJson($"{Sections}/{id}",
            new { name = "World Business", description = "Trade.", parent = "international", position = 2 }, "\"1\"");

        var section = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("World Business", section["name"]!.GetValue<string>());
        Assert.Equal("Trade.", section["description"]!.GetValue<string>());
        Assert.Equal("international", section["parent"]!["slug"]!.GetValue<string>());
        Assert.Equal(2, section["position"]!.GetValue<int>());
        Assert.Equal("business", section["slug"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("0196a0f0-0000-7000-8000-000000000000")]
    [InlineData("not-a-guid")]
    public async Task ReplaceSection_returns_404_for_an_unknown_id(string id)
    {
        var response = await Factory.Editor().PutJson($"{Sections}/{id}", new { name = "Money" }, "\"1\"");
        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    // --- patch ---

    [Fact]
    public async Task PatchSection_changes_only_the_given_fields()
    {
        await CreateSection("International");
        var created = await Factory.Editor().PostJson(Sections, new { name = "Europe", description = "News from Europe.", parent = "international", position = 4 });
        var id = (await created.ExpectJson(HttpStatusCode.Created))["id"]!.GetValue<string>();

        var response = await Factory.Editor().PatchJson($"{Sections}/{id}", new { name = "Europe & Balkans" }, created.ETag());

        var section = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("Europe & Balkans", section["name"]!.GetValue<string>());
        Assert.Equal("News from Europe.", section["description"]!.GetValue<string>());
        Assert.Equal("international", section["parent"]!["slug"]!.GetValue<string>());
        Assert.Equal(4, section["position"]!.GetValue<int>());
        Assert.Equal("europe", section["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchSection_with_null_clears_the_description()
    {
        var created = await Factory.Editor().PostJson(Sections, new { name = "Business", description = "Markets." });
        var id = (await created.ExpectJson(HttpStatusCode.Created))["id"]!.GetValue<string>();

        var response = await Factory.Editor().PatchJson($"{Sections}/{id}", new Dictionary<string, object?> { ["description"] = null }, created.ETag());

        var section = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Null(section["description"]);
        Assert.Equal("Business", section["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchSection_returns_400_naming_an_unknown_field()
    {
        var id = (await CreateSection("Business"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PatchJson($"{Sections}/{id}", new { articleCount = 9 }, "\"1\"");
        await response.ExpectValidationError("articleCount");
    }

    [Fact]
    public async Task PatchSection_returns_428_without_if_match()
    {
        var id = (await CreateSection("Business"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PatchJson($"{Sections}/{id}", new { name = "Money" }, etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    // --- delete ---

    [Fact]
    public async Task DeleteSection_returns_428_without_if_match()
    {
        var id = (await CreateSection("Business"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().Delete($"{Sections}/{id}", etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    [Fact]
    public async Task DeleteSection_with_if_match_returns_204_and_the_section_is_gone()
    {
        var id = (await CreateSection("Business"))["id"]!.GetValue<string>();

        var response = await Factory.Editor().Delete($"{Sections}/{id}", "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await Factory.Anonymous().GetAsync($"{Sections}/{id}")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteSection_returns_409_while_it_has_articles()
    {
        var id = (await CreateSection("Business"))["id"]!.GetValue<string>();
        await CreateArticle("Markets rally", section: "business");

        var response = await Factory.Editor().Delete($"{Sections}/{id}", "\"1\"");

        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("article", problem["detail"]!.GetValue<string>());
        await (await Factory.Anonymous().GetAsync($"{Sections}/business")).ExpectJson(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DeleteSection_returns_409_while_it_has_sub_sections()
    {
        var id = (await CreateSection("International"))["id"]!.GetValue<string>();
        await CreateSection("Europe", parent: "international");

        var response = await Factory.Editor().Delete($"{Sections}/{id}", "\"1\"");

        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("sub-section", problem["detail"]!.GetValue<string>());
    }

    // --- counts and the section front ---

    [Fact]
    public async Task Section_articleCount_counts_published_articles_only()
    {
        await CreateSection("Business");
        await CreateArticle("Published story", section: "business");
        await CreateArticle("Draft story", section: "business", status: "draft");

        foreach (var client in new[] { Factory.Anonymous(), Factory.Editor() })
        {
            var section = await (await client.GetAsync($"{Sections}/business")).ExpectJson(HttpStatusCode.OK);
            Assert.Equal(1, section["articleCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task ListSectionArticles_includes_the_articles_of_sub_sections()
    {
        await CreateSection("International");
        await CreateSection("Europe", parent: "international");
        await CreateSection("Business");
        await CreateArticle("World story", section: "international", publishedAt: DateTime.UtcNow.AddHours(-2));
        await CreateArticle("Europe story", section: "europe", publishedAt: DateTime.UtcNow.AddHours(-1));
        await CreateArticle("Business story", section: "business");

        var front = await (await Factory.Anonymous().GetAsync($"{Sections}/international/articles")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["europe-story", "world-story"], Slugs(front));

        var sub = await (await Factory.Anonymous().GetAsync($"{Sections}/europe/articles")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["europe-story"], Slugs(sub));
    }

    [Fact]
    public async Task ListSectionArticles_does_not_list_drafts_without_a_key()
    {
        await CreateSection("Business");
        await CreateArticle("Published story", section: "business");
        await CreateArticle("Draft story", section: "business", status: "draft");

        var list = await (await Factory.Anonymous().GetAsync($"{Sections}/business/articles")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["published-story"], Slugs(list));
        Assert.Equal(1, list["page"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListSectionArticles_returns_404_for_an_unknown_section()
    {
        var response = await Factory.Anonymous().GetAsync($"{Sections}/no-such-section/articles");
        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    private static string[] Slugs(JsonNode list) =>
        list["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToArray();
}
