using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Articles;

/// <summary>Bad input of any kind is a 4xx problem that names what to fix, never a 500, and stores nothing.</summary>
/// <remarks>
/// None of these requests is stored (each asserts it), so the class shares one app and database. The cases that
/// arrange data first are in <see cref="ArticleValidationWithDataTests"/>, with an app each.
/// </remarks>
public sealed class ArticleValidationTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private ContentApiFactory Factory => factory;

    [Fact]
    public async Task CreateArticle_returns_400_naming_an_unknown_section()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Lost", section = "atlantis" });

        var problem = await response.ExpectValidationError("section");
        Assert.Contains("atlantis", problem["errors"]!["section"]![0]!.GetValue<string>());
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Theory]
    [InlineData("id", "\"0193a7c2-0000-7000-8000-000000000000\"")]
    [InlineData("version", "7")]
    [InlineData("bodyHtml", "\"<p>mine</p>\"")]
    [InlineData("createdAt", "\"2020-01-01T00:00:00Z\"")]
    [InlineData("updatedAt", "\"2020-01-01T00:00:00Z\"")]
    [InlineData("wordCount", "3")]
    public async Task CreateArticle_returns_400_naming_a_server_owned_field(string field, string value)
    {
        var response = await Factory.Editor().PostRaw($"{Api}/articles", $$"""{ "title": "Over-posted", "{{field}}": {{value}} }""");

        await response.ExpectValidationError(field);
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Theory]
    [InlineData("""{ "title": 42 }""", "title")]
    [InlineData("""{ "title": "Typed", "authors": "elena-marsh" }""", "authors")]
    [InlineData("""{ "title": "Typed", "tags": [1, 2] }""", "tags[0]")]
    [InlineData("""{ "title": "Typed", "publishedAt": "last tuesday" }""", "publishedAt")]
    [InlineData("""{ "title": "Typed", "featuredImage": "https://example.com/a.jpg" }""", "featuredImage")]
    [InlineData("""{ "title": "Typed", "status": "bogus" }""", "status")]
    [InlineData("""{ "title": "Typed", "status": 2 }""", "status")]
    [InlineData("""{ "title": "Typed", "featuredImage": { "url": "https://example.com/a.jpg", "size": 3 } }""", "featuredImage.size")]
    public async Task CreateArticle_returns_400_naming_a_field_of_the_wrong_type(string json, string field)
    {
        var response = await Factory.Editor().PostRaw($"{Api}/articles", json);

        await response.ExpectValidationError(field);
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Theory]
    [InlineData("""{ "title": "Broken" """)]
    [InlineData("""{ "title": "Broken", }""")]
    [InlineData("not json at all")]
    [InlineData("""[ { "title": "An array" } ]""")]
    [InlineData("\"just a string\"")]
    [InlineData("null")]
    [InlineData("")]
    public async Task CreateArticle_returns_400_for_a_body_that_is_not_an_article_object(string json)
    {
        var response = await Factory.Editor().PostRaw($"{Api}/articles", json);

        await response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Fact]
    public async Task CreateArticle_returns_400_for_a_missing_title()
    {
        var response = await Factory.Editor().PostRaw($"{Api}/articles", """{ "body": "No headline" }""");

        await response.ExpectValidationError("title");
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Fact]
    public async Task CreateArticle_returns_400_for_a_title_over_200_characters()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = new string('t', 201) });

        await response.ExpectValidationError("title");
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Fact]
    public async Task CreateArticle_returns_400_for_a_body_over_200000_characters()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Long read", body = new string('w', 200_001) });

        await response.ExpectValidationError("body");
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Theory]
    [InlineData("Not a Slug")]
    [InlineData("trailing-")]
    [InlineData("ünïcode")]
    public async Task CreateArticle_returns_400_for_a_malformed_slug(string slug)
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Sluggish", slug });

        await response.ExpectValidationError("slug");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("/relative.jpg")]
    public async Task CreateArticle_returns_400_for_a_featured_image_url_that_is_not_http(string url)
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Pictured", featuredImage = new { url } });

        await response.ExpectValidationError("featuredImage.url");
    }

    [Fact]
    public async Task CreateArticle_returns_415_problem_for_a_text_plain_body()
    {
        var response = await Factory.Editor().PostRaw($"{Api}/articles", """{ "title": "Plain" }""", "text/plain");

        await response.ExpectProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Fact]
    public async Task CreateArticle_returns_400_for_scheduled_without_scheduledAt()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Later", status = "scheduled" });

        await response.ExpectValidationError("scheduledAt");
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Fact]
    public async Task CreateArticle_returns_400_for_scheduledAt_in_the_past()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles",
            new { title = "Too late", status = "scheduled", scheduledAt = DateTime.UtcNow.AddDays(-1) });

        await response.ExpectValidationError("scheduledAt");
        Assert.Equal(0, await Factory.EditorTotal());
    }
}

/// <summary>Validation cases that create authors or articles first, or that are accepted: a fresh app each.</summary>
public sealed class ArticleValidationWithDataTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task CreateArticle_returns_400_naming_an_unknown_author_by_position()
    {
        await Factory.CreateAuthor("Elena Marsh");

        var response = await Factory.Editor().PostJson($"{Api}/articles",
            new { title = "Ghost writer", authors = new[] { "elena-marsh", "nobody-at-all" }, tags = new[] { "Never Stored" } });

        var problem = await response.ExpectValidationError("authors[1]");
        Assert.Contains("nobody-at-all", problem["errors"]!["authors[1]"]![0]!.GetValue<string>());
        Assert.Equal(0, await Factory.EditorTotal());
        // The tag the failed request would have created is not half-written either.
        await (await Factory.Anonymous().GetAsync($"{Api}/tags/never-stored")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateArticle_returns_400_when_an_author_appears_twice()
    {
        await Factory.CreateAuthor("Elena Marsh");

        var response = await Factory.Editor().PostJson($"{Api}/articles",
            new { title = "Twice", authors = new[] { "elena-marsh", "elena-marsh" } });

        await response.ExpectValidationError("authors");
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Fact]
    public async Task CreateArticle_returns_400_when_the_same_author_is_named_by_slug_and_by_id()
    {
        var author = await Factory.CreateAuthor("Elena Marsh");

        var response = await Factory.Editor().PostJson($"{Api}/articles",
            new { title = "Twice", authors = new[] { "elena-marsh", author.Str("id") } });

        await response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Fact]
    public async Task CreateArticle_accepts_a_title_of_exactly_200_characters()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = new string('t', 200) });

        await response.ExpectJson(HttpStatusCode.Created);
    }

    [Fact]
    public async Task CreateArticle_scheduled_in_the_future_is_stored_hidden_from_readers()
    {
        var at = DateTime.UtcNow.AddDays(2);
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Tomorrow's news", status = "scheduled", scheduledAt = at });

        var article = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal("scheduled", article.Str("status"));
        Assert.NotNull(article["scheduledAt"]);
        await (await Factory.Anonymous().GetAsync($"{Api}/articles/tomorrows-news")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PatchArticle_returns_400_naming_an_unknown_field()
    {
        var created = await Factory.CreateArticle("Patched");

        var response = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { headline = "Nope" }, "\"1\"");

        await response.ExpectValidationError("headline");
        var article = await (await Factory.Editor().GetAsync($"{Api}/articles/{created.Str("id")}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(1, article["version"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("""{ "version": 9 }""", "version")]
    [InlineData("""{ "title": 9 }""", "title")]
    [InlineData("""{ "status": "bogus" }""", "status")]
    [InlineData("""{ "title": null }""", "title")]
    public async Task PatchArticle_returns_400_for_a_patch_the_article_cannot_take(string json, string field)
    {
        var created = await Factory.CreateArticle("Patched");
        var request = new HttpRequestMessage(HttpMethod.Patch, $"{Api}/articles/{created.Str("id")}")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        var response = await Factory.Editor().SendAsync(request);

        await response.ExpectValidationError(field);
    }

    [Fact]
    public async Task PatchArticle_returns_400_for_a_patch_that_is_not_an_object()
    {
        var created = await Factory.CreateArticle("Patched");

        var response = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new[] { "title" }, "\"1\"");

        await response.ExpectProblem(HttpStatusCode.BadRequest);
    }
}
