using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Tags;

public sealed class TagEndpointsTests : ApiTest
{
    private const string Tags = $"{Api}/tags";

    // --- create ---

    [Fact]
    public async Task CreateTag_returns_201_with_location_and_etag_1()
    {
        var response = await Factory.Editor().PostJson(Tags, new { name = "Ukraine", description = "The war and its diplomacy." });

        var tag = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal($"{Tags}/{tag["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal("ukraine", tag["slug"]!.GetValue<string>());
        Assert.Equal("Ukraine", tag["name"]!.GetValue<string>());
        Assert.Equal("The war and its diplomacy.", tag["description"]!.GetValue<string>());
        Assert.Equal(0, tag["articleCount"]!.GetValue<int>());
        Assert.Equal(1, tag["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task CreateTag_generates_an_ascii_slug_from_the_name()
    {
        var tag = await CreateTag("Café Société");
        Assert.Equal("cafe-societe", tag["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateTag_with_a_name_already_used_gets_a_numbered_slug()
    {
        await CreateTag("Energy");
        var second = await CreateTag("Energy");
        Assert.Equal("energy-2", second["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateTag_returns_409_when_the_explicit_slug_is_taken()
    {
        await CreateTag("Energy");
        var response = await Factory.Editor().PostJson(Tags, new { name = "Power", slug = "energy" });
        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("energy", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateTag_returns_400_naming_slug_when_it_does_not_match_the_pattern()
    {
        var response = await Factory.Editor().PostJson(Tags, new { name = "Energy", slug = "Bad Slug" });
        await response.ExpectValidationError("slug");
    }

    [Theory]
    [InlineData("""{"description": "no name"}""")]
    [InlineData("""{"name": ""}""")]
    [InlineData("""{"name": "   "}""")]
    public async Task CreateTag_returns_400_naming_name_when_it_is_missing_or_empty(string body)
    {
        var response = await Factory.Editor().PostRaw(Tags, body);
        await response.ExpectValidationError("name");
    }

    [Fact]
    public async Task CreateTag_returns_400_naming_name_when_it_is_too_long()
    {
        var response = await Factory.Editor().PostJson(Tags, new { name = new string('a', 121) });
        await response.ExpectValidationError("name");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("version")]
    [InlineData("articleCount")]
    public async Task CreateTag_returns_400_naming_an_unknown_or_server_owned_field(string field)
    {
        var response = await Factory.Editor().PostRaw(Tags, $$"""{"name": "Energy", "{{field}}": 1}""");
        await response.ExpectValidationError(field);
    }

    [Fact]
    public async Task CreateTag_returns_400_naming_name_when_it_has_the_wrong_type()
    {
        var response = await Factory.Editor().PostRaw(Tags, """{"name": 5}""");
        await response.ExpectValidationError("name");
    }

    [Fact]
    public async Task CreateTag_returns_400_for_malformed_json()
    {
        var response = await Factory.Editor().PostRaw(Tags, """{"name": "Energy",""");
        var problem = await response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]!.AsObject());
    }

    [Fact]
    public async Task CreateTag_returns_400_for_a_json_null_body()
    {
        var response = await Factory.Editor().PostRaw(Tags, "null");
        await response.ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateTag_returns_401_with_a_challenge_without_a_key()
    {
        var response = await Factory.Anonymous().PostJson(Tags, new { name = "Energy" });
        await response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task CreateTag_returns_403_with_a_preview_key()
    {
        var response = await Factory.Preview().PostJson(Tags, new { name = "Energy" });
        await response.ExpectProblem(HttpStatusCode.Forbidden);
    }

    // --- get ---

    [Fact]
    public async Task GetTag_by_id_and_by_slug_returns_it_with_an_etag()
    {
        var created = await CreateTag("Energy");

        foreach (var key in new[] { created["id"]!.GetValue<string>(), "energy" })
        {
            var response = await Factory.Anonymous().GetAsync($"{Tags}/{key}");
            var tag = await response.ExpectJson(HttpStatusCode.OK);
            Assert.Equal(created["id"]!.GetValue<string>(), tag["id"]!.GetValue<string>());
            Assert.Equal("\"1\"", response.ETag());
        }
    }

    [Fact]
    public async Task GetTag_returns_304_when_if_none_match_holds_the_current_etag()
    {
        await CreateTag("Energy");
        var first = await Factory.Anonymous().GetAsync($"{Tags}/energy");

        var second = await Factory.Anonymous().GetIfNoneMatch($"{Tags}/energy", first.ETag());

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.ETag(), second.ETag());
    }

    [Fact]
    public async Task GetTag_returns_404_when_missing()
    {
        var bySlug = await Factory.Anonymous().GetAsync($"{Tags}/no-such-tag");
        await bySlug.ExpectProblem(HttpStatusCode.NotFound);
        var byId = await Factory.Anonymous().GetAsync($"{Tags}/{Guid.CreateVersion7()}");
        await byId.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetTag_by_an_old_slug_redirects_301_to_the_new_slug()
    {
        var created = await Factory.Editor().PostJson(Tags, new { name = "Energy" });
        var id = (await created.ExpectJson(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var renamed = await Factory.Editor().PutJson($"{Tags}/{id}", new { name = "Energy", slug = "power" }, created.ETag());
        await renamed.ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetAsync($"{Tags}/energy");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"{Tags}/power", response.Headers.Location?.OriginalString);
    }

    // --- list ---

    [Fact]
    public async Task ListTags_returns_the_envelope_newest_first()
    {
        await CreateTag("First");
        await CreateTag("Second");

        var response = await Factory.Anonymous().GetAsync(Tags);

        var list = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["second", "first"], Slugs(list));
        var page = list["page"]!;
        Assert.Equal(20, page["limit"]!.GetValue<int>());
        Assert.Equal(2, page["total"]!.GetValue<int>());
        Assert.Null(page["nextCursor"]);
        Assert.Null(page["prevCursor"]);
        Assert.True(page.AsObject().ContainsKey("nextCursor") && page.AsObject().ContainsKey("prevCursor"));
    }

    [Fact]
    public async Task ListTags_pages_through_with_cursors_without_duplicates_or_gaps()
    {
        foreach (var n in new[] { "one", "two", "three", "four", "five" }) await CreateTag(n);
        var client = Factory.Anonymous();

        var first = await client.GetAsync($"{Tags}?limit=2");
        var page1 = await first.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["five", "four"], Slugs(page1));
        Assert.Equal(5, page1["page"]!["total"]!.GetValue<int>());
        Assert.Null(page1["page"]!["prevCursor"]);
        var next = page1["page"]!["nextCursor"]!.GetValue<string>();
        var link = string.Join(",", first.Headers.GetValues("Link"));
        Assert.Contains("rel=\"next\"", link);
        Assert.Contains($"cursor={next}", link);

        var page2 = await (await client.GetAsync($"{Tags}?limit=2&cursor={next}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["three", "two"], Slugs(page2));

        var page3 = await (await client.GetAsync($"{Tags}?limit=2&cursor={page2["page"]!["nextCursor"]}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["one"], Slugs(page3));
        Assert.Null(page3["page"]!["nextCursor"]);

        var back = await (await client.GetAsync($"{Tags}?limit=2&cursor={page3["page"]!["prevCursor"]}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["three", "two"], Slugs(back));
        var backToStart = await (await client.GetAsync($"{Tags}?limit=2&cursor={back["page"]!["prevCursor"]}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["five", "four"], Slugs(backToStart));
    }

    [Fact]
    public async Task ListTags_serves_numbered_pages()
    {
        foreach (var n in new[] { "one", "two", "three", "four", "five" }) await CreateTag(n);

        var list = await (await Factory.Anonymous().GetAsync($"{Tags}?page=2&limit=2")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["three", "two"], Slugs(list));
        Assert.Equal(5, list["page"]!["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("page=0", "page")]
    public async Task ListTags_returns_400_naming_a_bad_paging_parameter(string query, string field)
    {
        var response = await Factory.Anonymous().GetAsync($"{Tags}?{query}");
        await response.ExpectValidationError(field);
    }

    [Fact]
    public async Task ListTags_returns_400_when_cursor_and_page_are_combined()
    {
        foreach (var n in new[] { "one", "two", "three" }) await CreateTag(n);
        var page1 = await (await Factory.Anonymous().GetAsync($"{Tags}?limit=2")).ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetAsync($"{Tags}?limit=2&page=2&cursor={page1["page"]!["nextCursor"]}");

        await response.ExpectValidationError("page");
    }

    // --- put ---

    [Fact]
    public async Task ReplaceTag_returns_428_without_if_match()
    {
        var id = (await CreateTag("Energy"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PutJson($"{Tags}/{id}", new { name = "Power" }, etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    [Fact]
    public async Task ReplaceTag_returns_412_with_the_current_etag_when_if_match_is_stale()
    {
        var id = (await CreateTag("Energy"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PutJson($"{Tags}/{id}", new { name = "Power" }, "\"99\"");
        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", response.ETag());
    }

    [Fact]
    public async Task ReplaceTag_with_the_current_etag_replaces_it_and_bumps_the_etag()
    {
        var id = (await CreateTag("Energy"))["id"]!.GetValue<string>();

        var response = await Factory.Editor().PutJson($"{Tags}/{id}", new { name = "Power", description = "Grids and fuels." }, "\"1\"");

        var tag = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("Power", tag["name"]!.GetValue<string>());
        Assert.Equal("Grids and fuels.", tag["description"]!.GetValue<string>());
        Assert.Equal("energy", tag["slug"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("0196a0f0-0000-7000-8000-000000000000")]
    [InlineData("not-a-guid")]
    public async Task ReplaceTag_returns_404_for_an_unknown_id(string id)
    {
        var response = await Factory.Editor().PutJson($"{Tags}/{id}", new { name = "Power" }, "\"1\"");
        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    // --- patch ---

    [Fact]
    public async Task PatchTag_changes_only_the_given_fields()
    {
        var created = await Factory.Editor().PostJson(Tags, new { name = "Energy", description = "Grids and fuels." });
        var id = (await created.ExpectJson(HttpStatusCode.Created))["id"]!.GetValue<string>();

        var response = await Factory.Editor().PatchJson($"{Tags}/{id}", new { name = "Power" }, created.ETag());

        var tag = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("Power", tag["name"]!.GetValue<string>());
        Assert.Equal("Grids and fuels.", tag["description"]!.GetValue<string>());
        Assert.Equal("energy", tag["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchTag_with_null_clears_the_description()
    {
        var created = await Factory.Editor().PostJson(Tags, new { name = "Energy", description = "Grids and fuels." });
        var id = (await created.ExpectJson(HttpStatusCode.Created))["id"]!.GetValue<string>();

        var response = await Factory.Editor().PatchJson($"{Tags}/{id}", new Dictionary<string, object?> { ["description"] = null }, created.ETag());

        var tag = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Null(tag["description"]);
        Assert.Equal("Energy", tag["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchTag_returns_400_naming_an_unknown_field()
    {
        var id = (await CreateTag("Energy"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PatchJson($"{Tags}/{id}", new { colour = "red" }, "\"1\"");
        await response.ExpectValidationError("colour");
    }

    [Fact]
    public async Task PatchTag_returns_428_without_if_match()
    {
        var id = (await CreateTag("Energy"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().PatchJson($"{Tags}/{id}", new { name = "Power" }, etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    // --- delete ---

    [Fact]
    public async Task DeleteTag_returns_428_without_if_match()
    {
        var id = (await CreateTag("Energy"))["id"]!.GetValue<string>();
        var response = await Factory.Editor().Delete($"{Tags}/{id}", etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    [Fact]
    public async Task DeleteTag_with_if_match_returns_204_and_the_tag_is_gone()
    {
        var id = (await CreateTag("Energy"))["id"]!.GetValue<string>();

        var response = await Factory.Editor().Delete($"{Tags}/{id}", "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await Factory.Anonymous().GetAsync($"{Tags}/{id}")).ExpectProblem(HttpStatusCode.NotFound);
        await (await Factory.Anonymous().GetAsync($"{Tags}/energy")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteTag_in_use_untags_its_articles()
    {
        var tag = await CreateTag("Energy");
        await CreateTag("Grids");
        var article = await CreateArticle("Power prices fall", tags: ["energy", "grids"]);

        var response = await Factory.Editor().Delete($"{Tags}/{tag["id"]}", "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = await (await Factory.Anonymous().GetAsync($"{Api}/articles/{article["id"]}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["grids"], after["tags"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()));
    }

    // --- counts and the tag page ---

    [Fact]
    public async Task Tag_articleCount_counts_published_articles_only()
    {
        await CreateTag("Energy");
        await CreateArticle("Published story", tags: ["energy"]);
        await CreateArticle("Draft story", tags: ["energy"], status: "draft");

        foreach (var client in new[] { Factory.Anonymous(), Factory.Editor() })
        {
            var tag = await (await client.GetAsync($"{Tags}/energy")).ExpectJson(HttpStatusCode.OK);
            Assert.Equal(1, tag["articleCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task ListTagArticles_lists_the_tags_published_articles()
    {
        await CreateTag("Energy");
        await CreateArticle("Tagged story", tags: ["energy"]);
        await CreateArticle("Tagged draft", tags: ["energy"], status: "draft");
        await CreateArticle("Untagged story");

        var anonymous = await (await Factory.Anonymous().GetAsync($"{Tags}/energy/articles")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["tagged-story"], Slugs(anonymous));

        var editor = await (await Factory.Editor().GetAsync($"{Tags}/energy/articles?sort=-updatedAt")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["tagged-draft", "tagged-story"], Slugs(editor));
    }

    [Fact]
    public async Task ListTagArticles_by_an_old_slug_redirects_301_to_the_new_slug()
    {
        var id = (await CreateTag("Articles"))["id"]!.GetValue<string>();
        await (await Factory.Editor().PutJson($"{Tags}/{id}", new { name = "Stories", slug = "stories" }, "\"1\"")).ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetAsync($"{Tags}/articles/articles?limit=5");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"{Tags}/stories/articles?limit=5", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ListTagArticles_returns_404_for_an_unknown_tag()
    {
        var response = await Factory.Anonymous().GetAsync($"{Tags}/no-such-tag/articles");
        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    private static string[] Slugs(JsonNode list) =>
        list["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToArray();
}
