using System.Net;
using ContentApi.Tests.Articles;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Search.SearchSteps;

namespace ContentApi.Tests.Search;

public sealed class SearchPagingTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    /// <summary>Five hits of different strength (more mentions rank higher) and one miss.</summary>
    private async Task<string[]> CreateFiveHits()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Factory.CreateStory($"Story {i}", body: string.Join(' ', Enumerable.Repeat("volcano", i)) + " erupted near the village today");
        }
        await Factory.CreateStory("Unrelated story");
        return (await SearchSteps.Search(Factory.Anonymous(), "volcano")).Slugs();
    }

    [Fact]
    public async Task Relevance_cursor_paging_forward_and_back_has_no_duplicates_or_gaps()
    {
        var all = await CreateFiveHits();
        var client = Factory.Anonymous();

        var page1 = await SearchSteps.Search(client, "volcano", "&limit=2");
        var page2 = await SearchSteps.Search(client, "volcano", $"&limit=2&cursor={page1.NextCursor()}");
        var page3 = await SearchSteps.Search(client, "volcano", $"&limit=2&cursor={page2.NextCursor()}");
        var back2 = await SearchSteps.Search(client, "volcano", $"&limit=2&cursor={page3.PrevCursor()}");

        Assert.Equal(5, all.Length);
        Assert.Equal(all, page1.Slugs().Concat(page2.Slugs()).Concat(page3.Slugs()).ToArray());
        Assert.Null(page3.NextCursor());
        Assert.Equal(page2.Slugs(), back2.Slugs());
        Assert.All([page1, page2, page3], page => Assert.Equal(5, page.Total()));
    }

    [Fact]
    public async Task Relevance_numbered_pages_cover_every_hit_once()
    {
        var all = await CreateFiveHits();
        var client = Factory.Anonymous();

        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            pages.AddRange((await SearchSteps.Search(client, "volcano", $"&sort=relevance&limit=2&page={page}")).Slugs());
        }

        Assert.Equal(all, pages);
    }

    [Fact]
    public async Task Relevance_orders_more_mentions_first()
    {
        await CreateFiveHits();

        var list = await SearchSteps.Search(Factory.Anonymous(), "volcano");

        Assert.Equal(["story-5", "story-4", "story-3", "story-2", "story-1"], list.Slugs());
    }

    [Fact]
    public async Task Relevance_page_has_a_next_link_header()
    {
        await CreateFiveHits();

        var response = await SearchRaw(Factory.Anonymous(), "volcano", "&limit=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains("rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("q=volcano", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relevance_rejects_a_cursor_from_another_sort()
    {
        await CreateFiveHits();
        var byDate = await SearchSteps.Search(Factory.Anonymous(), "volcano", "&sort=-publishedAt&limit=2");

        var response = await SearchRaw(Factory.Anonymous(), "volcano", $"&limit=2&cursor={byDate.NextCursor()}");

        await response.ExpectValidationError("cursor");
    }
}
