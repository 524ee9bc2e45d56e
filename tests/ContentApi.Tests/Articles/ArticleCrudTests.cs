using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Articles;

public sealed class ArticleCrudTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task CreateArticle_returns_201_with_Location_and_ETag_and_is_a_draft_by_default()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "A quiet morning" });

        var article = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/articles/{article.Str("id")}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal("draft", article.Str("status"));
        Assert.Null(article["publishedAt"]);
        Assert.Equal(1, article["version"]!.GetValue<long>());

        var get = await Factory.Editor().GetAsync(response.Headers.Location);
        Assert.Equal(article.Str("id"), (await get.ExpectJson(HttpStatusCode.OK)).Str("id"));
    }

    [Fact]
    public async Task CreateArticle_resolves_section_authors_and_tags_by_slug()
    {
        await Factory.CreateSection("International");
        await Factory.CreateAuthor("Elena Marsh");
        await Factory.CreateTag("Ukraine");

        var response = await Factory.Editor().PostJson($"{Api}/articles",
            new { title = "By slug", section = "international", authors = new[] { "elena-marsh" }, tags = new[] { "ukraine" } });

        var article = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal("international", article["section"]!.Str("slug"));
        Assert.Equal("International", article["section"]!.Str("name"));
        Assert.Equal("elena-marsh", article["authors"]![0]!.Str("slug"));
        Assert.Equal("ukraine", article["tags"]![0]!.Str("slug"));
    }

    [Fact]
    public async Task CreateArticle_resolves_section_authors_and_tags_by_id()
    {
        var section = await Factory.CreateSection("International");
        var author = await Factory.CreateAuthor("Elena Marsh");
        var tag = await Factory.CreateTag("Ukraine");

        var response = await Factory.Editor().PostJson($"{Api}/articles", new
        {
            title = "By id",
            section = section.Str("id"),
            authors = new[] { author.Str("id") },
            tags = new[] { tag.Str("id") },
        });

        var article = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal(section.Str("id"), article["section"]!.Str("id"));
        Assert.Equal(author.Str("id"), article["authors"]![0]!.Str("id"));
        Assert.Equal(tag.Str("id"), article["tags"]![0]!.Str("id"));
    }

    [Fact]
    public async Task CreateArticle_keeps_authors_in_byline_order()
    {
        await Factory.CreateAuthor("Zoe Adams");
        await Factory.CreateAuthor("Adam Young");
        await Factory.CreateAuthor("Mia Long");

        var article = await Factory.CreateArticle("Three bylines", authors: ["mia-long", "zoe-adams", "adam-young"]);

        var bylines = article["authors"]!.AsArray().Select(a => a!.Str("slug")).ToArray();
        Assert.Equal(["mia-long", "zoe-adams", "adam-young"], bylines);

        var read = await (await Factory.Anonymous().GetAsync($"{Api}/articles/{article.Str("id")}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(bylines, read["authors"]!.AsArray().Select(a => a!.Str("slug")).ToArray());
    }

    [Fact]
    public async Task CreateArticle_creates_an_unknown_tag_from_its_text()
    {
        var article = await Factory.CreateArticle("New tag", tags: ["Peace Talks"]);

        Assert.Equal("peace-talks", article["tags"]![0]!.Str("slug"));
        Assert.Equal("Peace Talks", article["tags"]![0]!.Str("name"));
        var tag = await (await Factory.Anonymous().GetAsync($"{Api}/tags/peace-talks")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Peace Talks", tag.Str("name"));
    }

    [Fact]
    public async Task CreateArticle_generates_the_slug_from_the_title()
    {
        var article = await Factory.CreateArticle("U.S. May Abandon Peace Mediation Efforts in Russia-Ukraine Conflict");

        Assert.Equal("us-may-abandon-peace-mediation-efforts-in-russia-ukraine-conflict", article.Str("slug"));
    }

    [Fact]
    public async Task CreateArticle_gives_a_colliding_generated_slug_a_number()
    {
        var first = await Factory.CreateArticle("Election night");
        var second = await Factory.CreateArticle("Election Night!");
        var third = await Factory.CreateArticle("election night");

        Assert.Equal("election-night", first.Str("slug"));
        Assert.Equal("election-night-2", second.Str("slug"));
        Assert.Equal("election-night-3", third.Str("slug"));
    }

    [Fact]
    public async Task CreateArticle_returns_409_when_the_explicit_slug_is_taken()
    {
        await Factory.CreateArticle("Election night");
        var before = await Factory.EditorTotal();

        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Another", slug = "election-night" });

        await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Equal(before, await Factory.EditorTotal());
    }

    [Fact]
    public async Task CreateArticle_back_dated_keeps_publishedAt_and_firstPublishedAt_and_sorts_below_newer_articles()
    {
        var imported = await Factory.CreateArticle("Imported from the old site", publishedAt: new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var fresh = await Factory.CreateArticle("Written today");

        Assert.Equal("published", imported.Str("status"));
        Assert.Equal("2020-01-01T00:00:00Z", imported.Str("publishedAt"));
        Assert.Equal("2020-01-01T00:00:00Z", imported.Str("firstPublishedAt"));
        var slugs = (await Factory.Anonymous().List()).Slugs();
        Assert.Equal([fresh.Str("slug"), imported.Str("slug")], slugs);
    }

    [Fact]
    public async Task GetArticle_by_id_and_by_slug_returns_the_article_with_its_ETag()
    {
        var created = await Factory.CreateArticle("Find me");

        var byId = await Factory.Anonymous().GetAsync($"{Api}/articles/{created.Str("id")}");
        var bySlug = await Factory.Anonymous().GetAsync($"{Api}/articles/find-me");

        Assert.Equal(created.Str("id"), (await byId.ExpectJson(HttpStatusCode.OK)).Str("id"));
        Assert.Equal(created.Str("id"), (await bySlug.ExpectJson(HttpStatusCode.OK)).Str("id"));
        Assert.Equal("\"1\"", byId.ETag());
        Assert.Equal("\"1\"", bySlug.ETag());
    }

    [Fact]
    public async Task GetArticle_returns_304_when_If_None_Match_holds_the_current_ETag()
    {
        await Factory.CreateArticle("Cached");
        var first = await Factory.Anonymous().GetAsync($"{Api}/articles/cached");

        var again = await Factory.Anonymous().GetIfNoneMatch($"{Api}/articles/cached", first.ETag());

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.ETag(), again.ETag());
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetArticle_returns_200_when_If_None_Match_holds_an_old_ETag()
    {
        await Factory.CreateArticle("Cached");

        var response = await Factory.Anonymous().GetIfNoneMatch($"{Api}/articles/cached", "\"0\"");

        await response.ExpectJson(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("0193a7c2-0000-7000-8000-000000000000")]
    public async Task GetArticle_returns_404_when_missing(string idOrSlug)
    {
        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{idOrSlug}");

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetArticle_with_the_old_slug_of_a_renamed_article_redirects_301_to_the_new_slug()
    {
        var created = await Factory.CreateArticle("Old headline");
        var patch = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { slug = "new-headline" }, "\"1\"");
        await patch.ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/old-headline");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/api/v1/articles/new-headline", response.Headers.Location?.OriginalString);
        var moved = await Factory.Anonymous().GetAsync(response.Headers.Location);
        Assert.Equal(created.Str("id"), (await moved.ExpectJson(HttpStatusCode.OK)).Str("id"));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Writes_without_If_Match_return_428_and_change_nothing(string method)
    {
        var created = await Factory.CreateArticle("Guarded");

        var response = await Send(method, created.Str("id"), etag: null);

        await response.ExpectProblem(HttpStatusCode.PreconditionRequired);
        await AssertUnchanged(created.Str("id"), "Guarded", version: 1);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Writes_with_a_stale_If_Match_return_412_with_the_current_ETag(string method)
    {
        var created = await Factory.CreateArticle("Guarded");
        var edit = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { title = "Guarded, edited" }, "\"1\"");
        await edit.ExpectJson(HttpStatusCode.OK);

        var response = await Send(method, created.Str("id"), etag: "\"1\"");

        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"2\"", response.ETag());
        await AssertUnchanged(created.Str("id"), "Guarded, edited", version: 2);
    }

    [Fact]
    public async Task PutArticle_with_the_current_ETag_returns_200_with_the_next_version_and_a_new_ETag()
    {
        await Factory.CreateSection("World");
        var created = await Factory.CreateArticle("Before", section: "world");

        var response = await Factory.Editor().PutJson($"{Api}/articles/{created.Str("id")}",
            new { title = "After", body = "Replaced body.", status = "published" }, "\"1\"");

        var article = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal(2, article["version"]!.GetValue<long>());
        Assert.Equal("After", article.Str("title"));
        // A full replace: the section that the body no longer names is gone, and the slug is kept.
        Assert.Null(article["section"]);
        Assert.Equal("before", article.Str("slug"));
    }

    [Fact]
    public async Task PatchArticle_changes_only_the_given_fields()
    {
        await Factory.CreateTag("Ukraine");
        var created = await Factory.CreateArticle("Before", tags: ["ukraine"], body: "The body stays.");

        var response = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { title = "After" }, "\"1\"");

        var article = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("After", article.Str("title"));
        Assert.Equal("The body stays.", article.Str("body"));
        Assert.Equal("ukraine", article["tags"]![0]!.Str("slug"));
        Assert.Equal("published", article.Str("status"));
        Assert.Equal(created.Str("publishedAt"), article.Str("publishedAt"));
    }

    [Fact]
    public async Task PatchArticle_with_null_clears_the_standfirst()
    {
        var created = await (await Factory.Editor().PostJson($"{Api}/articles", new { title = "Standing", standfirst = "A summary." }))
            .ExpectJson(HttpStatusCode.Created);

        var response = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { standfirst = (string?)null }, "\"1\"");

        var article = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Null(article["standfirst"]);
        Assert.Equal("Standing", article.Str("title"));
    }

    [Fact]
    public async Task PatchArticle_that_changes_only_the_tags_makes_a_new_version_and_ETag()
    {
        var created = await Factory.CreateArticle("Tagged later");

        var response = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { tags = new[] { "Ceasefire" } }, "\"1\"");

        var article = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("ceasefire", article["tags"]![0]!.Str("slug"));
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal(2, article["version"]!.GetValue<long>());
        // A client holding the old ETag must not be told its copy (without the tag) is current.
        var cached = await Factory.Anonymous().GetIfNoneMatch($"{Api}/articles/{created.Str("id")}", "\"1\"");
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
    }

    [Fact]
    public async Task PutArticle_that_fails_validation_returns_400_and_leaves_the_article_unchanged()
    {
        var created = await Factory.CreateArticle("Kept");

        var response = await Factory.Editor().PutJson($"{Api}/articles/{created.Str("id")}", new { title = "" }, "\"1\"");

        await response.ExpectValidationError("title");
        await AssertUnchanged(created.Str("id"), "Kept", version: 1);
    }

    [Fact]
    public async Task PutArticle_naming_an_unknown_author_returns_400_and_leaves_the_article_unchanged()
    {
        var created = await Factory.CreateArticle("Kept");

        var response = await Factory.Editor().PutJson($"{Api}/articles/{created.Str("id")}",
            new { title = "Changed", authors = new[] { "nobody" }, tags = new[] { "brand-new-tag" } }, "\"1\"");

        await response.ExpectValidationError("authors[0]");
        await AssertUnchanged(created.Str("id"), "Kept", version: 1);
        await (await Factory.Anonymous().GetAsync($"{Api}/tags/brand-new-tag")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteArticle_returns_204_and_then_404()
    {
        var created = await Factory.CreateArticle("Short-lived");

        var response = await Factory.Editor().Delete($"{Api}/articles/{created.Str("id")}", "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await Factory.Editor().GetAsync($"{Api}/articles/{created.Str("id")}")).ExpectProblem(HttpStatusCode.NotFound);
        await (await Factory.Editor().GetAsync($"{Api}/articles/short-lived")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteArticle_returns_404_for_an_unknown_id()
    {
        var response = await Factory.Editor().Delete($"{Api}/articles/0193a7c2-0000-7000-8000-000000000000", "\"1\"");

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> Send(string method, string id, string? etag) => method switch
    {
        "PUT" => Factory.Editor().PutJson($"{Api}/articles/{id}", new { title = "Overwritten" }, etag),
        "PATCH" => Factory.Editor().PatchJson($"{Api}/articles/{id}", new { title = "Overwritten" }, etag),
        _ => Factory.Editor().Delete($"{Api}/articles/{id}", etag),
    };

    private async Task AssertUnchanged(string id, string title, long version)
    {
        var response = await Factory.Editor().GetAsync($"{Api}/articles/{id}");
        var article = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(title, article.Str("title"));
        Assert.Equal(version, article["version"]!.GetValue<long>());
        Assert.Equal($"\"{version}\"", response.ETag());
    }
}
