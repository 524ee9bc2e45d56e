using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Articles;

public sealed class ArticleListTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private static readonly DateTime Day = new(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Seven published articles, story-0 (oldest) to story-6 (newest), an hour apart.</summary>
    private async Task<string[]> CreateSevenStories()
    {
        for (var i = 0; i < 7; i++)
        {
            await Factory.CreateArticle($"Story {i}", publishedAt: Day.AddHours(i));
        }
        return ["story-6", "story-5", "story-4", "story-3", "story-2", "story-1", "story-0"];
    }

    [Fact]
    public async Task ListArticles_is_newest_first_by_publishedAt_with_an_exact_total()
    {
        var newestFirst = await CreateSevenStories();

        var list = await Factory.Anonymous().List();

        Assert.Equal(newestFirst, list.Slugs());
        Assert.Equal(7, list.Total());
        Assert.Equal(20, list["page"]!["limit"]!.GetValue<int>());
        Assert.Null(list.NextCursor());
        Assert.Null(list.PrevCursor());
    }

    [Fact]
    public async Task ListArticles_puts_articles_published_at_the_same_moment_in_a_stable_order()
    {
        for (var i = 0; i < 5; i++) await Factory.CreateArticle($"Same moment {i}", publishedAt: Day);

        var all = (await Factory.Anonymous().List()).Slugs();
        var first = await Factory.Anonymous().List("?limit=2");
        var second = await Factory.Anonymous().List($"?limit=2&cursor={first.NextCursor()}");
        var third = await Factory.Anonymous().List($"?limit=2&cursor={second.NextCursor()}");

        Assert.Equal(all, first.Slugs().Concat(second.Slugs()).Concat(third.Slugs()).ToArray());
        Assert.Equal(5, all.Distinct().Count());
    }

    [Fact]
    public async Task Cursor_paging_forward_and_back_has_no_duplicates_or_gaps()
    {
        var newestFirst = await CreateSevenStories();
        var client = Factory.Anonymous();

        var page1 = await client.List("?limit=3");
        var page2 = await client.List($"?limit=3&cursor={page1.NextCursor()}");
        var page3 = await client.List($"?limit=3&cursor={page2.NextCursor()}");

        Assert.Equal(newestFirst[..3], page1.Slugs());
        Assert.Equal(newestFirst[3..6], page2.Slugs());
        Assert.Equal(newestFirst[6..], page3.Slugs());
        Assert.Null(page1.PrevCursor());
        Assert.Null(page3.NextCursor());
        Assert.All([page1, page2, page3], page => Assert.Equal(7, page.Total()));

        var back2 = await client.List($"?limit=3&cursor={page3.PrevCursor()}");
        var back1 = await client.List($"?limit=3&cursor={back2.PrevCursor()}");

        Assert.Equal(newestFirst[3..6], back2.Slugs());
        Assert.Equal(newestFirst[..3], back1.Slugs());
        Assert.Null(back1.PrevCursor());
        Assert.NotNull(back1.NextCursor());
    }

    [Fact]
    public async Task Cursor_paging_keeps_its_place_while_new_articles_are_published()
    {
        var newestFirst = await CreateSevenStories();
        var page1 = await Factory.Anonymous().List("?limit=3");

        await Factory.CreateArticle("Breaking news");
        var page2 = await Factory.Anonymous().List($"?limit=3&cursor={page1.NextCursor()}");

        Assert.Equal(newestFirst[3..6], page2.Slugs());
    }

    [Fact]
    public async Task ListArticles_sends_Link_headers_that_mirror_the_cursors()
    {
        await CreateSevenStories();

        var first = await Factory.Anonymous().GetAsync($"{Api}/articles?limit=3");
        var firstPage = await first.ExpectJson(HttpStatusCode.OK);
        var firstLinks = string.Join(", ", first.Headers.GetValues("Link"));
        Assert.Contains("rel=\"next\"", firstLinks);
        Assert.DoesNotContain("rel=\"prev\"", firstLinks);
        Assert.Contains($"cursor={firstPage.NextCursor()}", firstLinks);
        Assert.Contains("limit=3", firstLinks);

        var second = await Factory.Anonymous().GetAsync($"{Api}/articles?limit=3&cursor={firstPage.NextCursor()}");
        var secondPage = await second.ExpectJson(HttpStatusCode.OK);
        var secondLinks = string.Join(", ", second.Headers.GetValues("Link"));
        Assert.Contains($"<{Api}/articles?limit=3&cursor={secondPage.NextCursor()}>; rel=\"next\"", secondLinks);
        Assert.Contains($"<{Api}/articles?limit=3&cursor={secondPage.PrevCursor()}>; rel=\"prev\"", secondLinks);
    }

    [Fact]
    public async Task ListArticles_without_more_pages_sends_no_Link_header()
    {
        await Factory.CreateArticle("Only one");

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles");

        Assert.False(response.Headers.Contains("Link"));
    }

    [Fact]
    public async Task Numbered_pages_return_the_requested_slice()
    {
        var newestFirst = await CreateSevenStories();

        var page2 = await Factory.Anonymous().List("?page=2&limit=3");
        var page3 = await Factory.Anonymous().List("?page=3&limit=3");
        var page4 = await Factory.Anonymous().List("?page=4&limit=3");

        Assert.Equal(newestFirst[3..6], page2.Slugs());
        Assert.Equal(7, page2.Total());
        Assert.Equal(newestFirst[6..], page3.Slugs());
        Assert.Empty(page4.Slugs());
        Assert.Equal(7, page4.Total());
    }

    [Fact]
    public async Task Filter_by_section_includes_its_sub_sections()
    {
        await Factory.CreateSection("International");
        await Factory.CreateSection("Europe", parent: "international");
        await Factory.CreateSection("Sport");
        await Factory.CreateArticle("World story", section: "international", publishedAt: Day);
        await Factory.CreateArticle("Europe story", section: "europe", publishedAt: Day.AddHours(1));
        await Factory.CreateArticle("Sport story", section: "sport", publishedAt: Day.AddHours(2));

        var international = await Factory.Anonymous().List("?section=international");
        var europe = await Factory.Anonymous().List("?section=europe");
        var front = await (await Factory.Anonymous().GetAsync($"{Api}/sections/international/articles")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["europe-story", "world-story"], international.Slugs());
        Assert.Equal(2, international.Total());
        Assert.Equal(["europe-story"], europe.Slugs());
        Assert.Equal(["europe-story", "world-story"], front.Slugs());
    }

    [Fact]
    public async Task Filter_by_author_by_slug_or_id()
    {
        var elena = await Factory.CreateAuthor("Elena Marsh");
        await Factory.CreateAuthor("Tom Reed");
        await Factory.CreateArticle("Elena alone", authors: ["elena-marsh"], publishedAt: Day);
        await Factory.CreateArticle("Tom alone", authors: ["tom-reed"], publishedAt: Day.AddHours(1));
        await Factory.CreateArticle("Both of them", authors: ["tom-reed", "elena-marsh"], publishedAt: Day.AddHours(2));

        var bySlug = await Factory.Anonymous().List("?author=elena-marsh");
        var byId = await Factory.Anonymous().List($"?author={elena.Str("id")}");
        var posts = await (await Factory.Anonymous().GetAsync($"{Api}/authors/elena-marsh/articles")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["both-of-them", "elena-alone"], bySlug.Slugs());
        Assert.Equal(bySlug.Slugs(), byId.Slugs());
        Assert.Equal(bySlug.Slugs(), posts.Slugs());
    }

    [Fact]
    public async Task Filter_by_repeated_tag_means_all_of_the_tags()
    {
        await Factory.CreateArticle("Ukraine and NATO", tags: ["ukraine", "nato"], publishedAt: Day);
        await Factory.CreateArticle("Ukraine only", tags: ["ukraine"], publishedAt: Day.AddHours(1));
        await Factory.CreateArticle("NATO only", tags: ["nato"], publishedAt: Day.AddHours(2));

        var ukraine = await Factory.Anonymous().List("?tag=ukraine");
        var both = await Factory.Anonymous().List("?tag=ukraine&tag=nato");
        var tagPage = await (await Factory.Anonymous().GetAsync($"{Api}/tags/ukraine/articles?tag=nato")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["ukraine-only", "ukraine-and-nato"], ukraine.Slugs());
        Assert.Equal(["ukraine-and-nato"], both.Slugs());
        Assert.Equal(1, both.Total());
        Assert.Equal(["ukraine-and-nato"], tagPage.Slugs());
    }

    [Fact]
    public async Task Filter_by_publishedAfter_and_publishedBefore()
    {
        await CreateSevenStories();

        var after = await Factory.Anonymous().List("?publishedAfter=2024-03-01T14:00:00Z");
        var before = await Factory.Anonymous().List("?publishedBefore=2024-03-01T11:00:00Z");
        var between = await Factory.Anonymous().List("?publishedAfter=2024-03-01T11:00:00Z&publishedBefore=2024-03-01T13:00:00Z");

        Assert.Equal(["story-6", "story-5"], after.Slugs());
        Assert.Equal(["story-1", "story-0"], before.Slugs());
        Assert.Equal(["story-3", "story-2"], between.Slugs());
        Assert.Equal(2, between.Total());
    }

    [Fact]
    public async Task Sort_by_title_is_alphabetical_and_pages_by_cursor()
    {
        await Factory.CreateArticle("Charlie", publishedAt: Day);
        await Factory.CreateArticle("Alpha", publishedAt: Day.AddHours(1));
        await Factory.CreateArticle("Delta", publishedAt: Day.AddHours(2));
        await Factory.CreateArticle("Bravo", publishedAt: Day.AddHours(3));

        var page1 = await Factory.Anonymous().List("?sort=title&limit=2");
        var page2 = await Factory.Anonymous().List($"?sort=title&limit=2&cursor={page1.NextCursor()}");

        Assert.Equal(["alpha", "bravo"], page1.Slugs());
        Assert.Equal(["charlie", "delta"], page2.Slugs());
    }

    [Fact]
    public async Task Sort_by_minus_updatedAt_puts_the_last_edited_first()
    {
        var oldest = await Factory.CreateArticle("First written", publishedAt: Day);
        await Factory.CreateArticle("Second written", publishedAt: Day.AddHours(1));
        await Factory.CreateArticle("Third written", publishedAt: Day.AddHours(2));
        await (await Factory.Editor().PatchJson($"{Api}/articles/{oldest.Str("id")}", new { standfirst = "Edited last." }, "\"1\""))
            .ExpectJson(HttpStatusCode.OK);

        var list = await Factory.Anonymous().List("?sort=-updatedAt");

        Assert.Equal(["first-written", "third-written", "second-written"], list.Slugs());
    }

    [Fact]
    public async Task Sort_by_publishedAt_is_oldest_first()
    {
        var newestFirst = await CreateSevenStories();

        var list = await Factory.Anonymous().List("?sort=publishedAt");

        Assert.Equal(newestFirst.Reverse().ToArray(), list.Slugs());
    }

    [Theory]
    [InlineData("?sort=bogus", "sort")]
    [InlineData("?sort=-title", "sort")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?limit=-1", "limit")]
    [InlineData("?limit=abc", "limit")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=two", "page")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    [InlineData("?cursor=eyJzIjoxfQ", "cursor")]
    [InlineData("?publishedAfter=yesterday", "publishedAfter")]
    [InlineData("?publishedAfter=2024-03-02T00:00:00Z&publishedBefore=2024-03-01T00:00:00Z", "publishedBefore")]
    [InlineData("?status=bogus", "status")]
    [InlineData("?section=atlantis", "section")]
    [InlineData("?author=nobody", "author")]
    [InlineData("?tag=no-such-tag", "tag")]
    public async Task ListArticles_returns_400_naming_a_bad_query_value(string query, string field)
    {
        await Factory.CreateArticle("Something to list");

        var response = await Factory.Editor().GetAsync($"{Api}/articles{query}");

        await response.ExpectValidationError(field);
    }

    [Fact]
    public async Task ListArticles_returns_400_for_a_known_and_an_unknown_tag_together()
    {
        await Factory.CreateArticle("Tagged", tags: ["ukraine"]);

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles?tag=ukraine&tag=no-such-tag");

        await response.ExpectValidationError("tag");
    }

    [Fact]
    public async Task ListArticles_returns_400_for_a_cursor_from_another_sort_order()
    {
        await CreateSevenStories();
        var byTitle = await Factory.Anonymous().List("?sort=title&limit=3");

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles?limit=3&cursor={byTitle.NextCursor()}");

        await response.ExpectValidationError("cursor");
    }

    [Fact]
    public async Task ListArticles_returns_400_for_a_cursor_with_a_page_number()
    {
        await CreateSevenStories();
        var first = await Factory.Anonymous().List("?limit=3");

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles?limit=3&page=2&cursor={first.NextCursor()}");

        await response.ExpectValidationError("page");
    }

    [Fact]
    public async Task Sub_lists_of_an_unknown_section_author_or_tag_are_404()
    {
        foreach (var owner in new[] { "sections", "authors", "tags" })
        {
            var response = await Factory.Anonymous().GetAsync($"{Api}/{owner}/nothing-here/articles");
            await response.ExpectProblem(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task List_items_are_summaries_without_the_body()
    {
        await Factory.CreateSection("International");
        await Factory.CreateAuthor("Elena Marsh");
        await Factory.CreateArticle("Summarised", section: "international", authors: ["elena-marsh"], tags: ["ukraine"], body: "## Heading\n\nA long body.");

        var item = (await Factory.Anonymous().List())["items"]![0]!.AsObject();

        foreach (var absent in new[] { "body", "bodyHtml", "bodyText", "outline" })
        {
            Assert.False(item.ContainsKey(absent), $"List items should not carry '{absent}'.");
        }
        Assert.Equal("summarised", item.Str("slug"));
        Assert.Equal("international", item["section"]!.Str("slug"));
        Assert.Equal("elena-marsh", item["authors"]![0]!.Str("slug"));
        Assert.Equal("ukraine", item["tags"]![0]!.Str("slug"));
        Assert.True(item.ContainsKey("featuredImage"), "Absent optional values are null, not omitted.");
        Assert.True(item["wordCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_editor_lists_drafts_by_minus_updatedAt_alongside_published_articles()
    {
        await Factory.CreateArticle("Published one", publishedAt: Day);
        await Factory.CreateArticle("Draft one", status: "draft");

        var editor = await Factory.Editor().List("?sort=-updatedAt");

        Assert.Equal(["draft-one", "published-one"], editor.Slugs());
        Assert.Equal(2, editor.Total());
    }
}
