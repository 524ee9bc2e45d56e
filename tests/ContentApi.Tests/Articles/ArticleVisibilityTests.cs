using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Articles;

/// <summary>Only published articles (publishedAt ≤ now) exist without a key; writes need an editor key.</summary>
public sealed class ArticleVisibilityTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task A_draft_is_404_to_anonymous_readers_by_id_and_by_slug()
    {
        var draft = await Factory.CreateArticle("Secret draft", status: "draft");

        await (await Factory.Anonymous().GetAsync($"{Api}/articles/{draft.Str("id")}")).ExpectProblem(HttpStatusCode.NotFound);
        await (await Factory.Anonymous().GetAsync($"{Api}/articles/secret-draft")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_is_visible_with_the_preview_key_and_the_editor_key()
    {
        var draft = await Factory.CreateArticle("Secret draft", status: "draft");

        var preview = await (await Factory.Preview().GetAsync($"{Api}/articles/{draft.Str("id")}")).ExpectJson(HttpStatusCode.OK);
        var editor = await (await Factory.Editor().GetAsync($"{Api}/articles/secret-draft")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal("draft", preview.Str("status"));
        Assert.Equal(draft.Str("id"), editor.Str("id"));
    }

    [Fact]
    public async Task A_draft_is_absent_from_anonymous_lists_and_totals()
    {
        await Factory.CreateSection("International");
        var published = await Factory.CreateArticle("Out in the open", section: "international");
        var draft = await Factory.CreateArticle("Secret draft", section: "international", status: "draft");

        foreach (var query in new[] { "", "?sort=-updatedAt", "?sort=title", "?sort=publishedAt", "?section=international" })
        {
            var list = await Factory.Anonymous().List(query);
            Assert.Equal(1, list.Total());
            Assert.Equal([published.Str("slug")], list.Slugs());
        }

        var front = await (await Factory.Anonymous().GetAsync($"{Api}/sections/international/articles?sort=-updatedAt")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(1, front.Total());
        Assert.DoesNotContain(draft.Str("slug"), front.Slugs());
    }

    [Fact]
    public async Task A_draft_is_not_counted_in_the_section_articleCount()
    {
        await Factory.CreateSection("International");
        await Factory.CreateArticle("Out in the open", section: "international");
        await Factory.CreateArticle("Secret draft", section: "international", status: "draft");

        var section = await (await Factory.Anonymous().GetAsync($"{Api}/sections/international")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(1, section["articleCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_published_article_dated_in_the_future_is_hidden_from_anonymous_readers()
    {
        var embargoed = await Factory.CreateArticle("Embargoed", publishedAt: DateTime.UtcNow.AddDays(3));

        await (await Factory.Anonymous().GetAsync($"{Api}/articles/{embargoed.Str("id")}")).ExpectProblem(HttpStatusCode.NotFound);
        Assert.Equal(0, (await Factory.Anonymous().List()).Total());
        await (await Factory.Editor().GetAsync($"{Api}/articles/{embargoed.Str("id")}")).ExpectJson(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("scheduled")]
    [InlineData("archived")]
    public async Task Listing_unpublished_statuses_without_a_key_returns_400_naming_status(string status)
    {
        var response = await Factory.Anonymous().GetAsync($"{Api}/articles?status={status}");

        await response.ExpectValidationError("status");
    }

    [Fact]
    public async Task Listing_status_draft_with_the_editor_key_lists_only_drafts()
    {
        await Factory.CreateArticle("Out in the open");
        var draft = await Factory.CreateArticle("Secret draft", status: "draft");

        var list = await Factory.Editor().List("?status=draft");

        Assert.Equal(1, list.Total());
        Assert.Equal([draft.Str("slug")], list.Slugs());
        Assert.All(list["items"]!.AsArray(), item => Assert.Equal("draft", item!.Str("status")));
    }

    [Fact]
    public async Task Listing_status_draft_with_the_preview_key_lists_drafts()
    {
        var draft = await Factory.CreateArticle("Secret draft", status: "draft");

        var list = await Factory.Preview().List("?status=draft");

        Assert.Equal([draft.Str("slug")], list.Slugs());
    }

    [Fact]
    public async Task Writes_without_a_key_return_401_with_WWW_Authenticate()
    {
        var created = await Factory.CreateArticle("Guarded");
        var id = created.Str("id");
        var anonymous = Factory.Anonymous();

        var responses = new[]
        {
            await anonymous.PostJson($"{Api}/articles", new { title = "Intruder" }),
            await anonymous.PutJson($"{Api}/articles/{id}", new { title = "Intruder" }, "\"1\""),
            await anonymous.PatchJson($"{Api}/articles/{id}", new { title = "Intruder" }, "\"1\""),
            await anonymous.Delete($"{Api}/articles/{id}", "\"1\""),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        }
        Assert.Equal(1, await Factory.EditorTotal());
    }

    [Fact]
    public async Task Writes_with_an_unknown_key_return_401()
    {
        var response = await Factory.CreateClient("not-a-real-key").PostJson($"{Api}/articles", new { title = "Intruder" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await Factory.EditorTotal());
    }

    [Fact]
    public async Task Writes_with_the_preview_key_return_403()
    {
        var created = await Factory.CreateArticle("Guarded");
        var id = created.Str("id");
        var preview = Factory.Preview();

        var responses = new[]
        {
            await preview.PostJson($"{Api}/articles", new { title = "Intruder" }),
            await preview.PutJson($"{Api}/articles/{id}", new { title = "Intruder" }, "\"1\""),
            await preview.PatchJson($"{Api}/articles/{id}", new { title = "Intruder" }, "\"1\""),
            await preview.Delete($"{Api}/articles/{id}", "\"1\""),
        };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        var article = await (await Factory.Editor().GetAsync($"{Api}/articles/{id}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Guarded", article.Str("title"));
        Assert.Equal(1, await Factory.EditorTotal());
    }
}
