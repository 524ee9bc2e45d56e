using ContentApi.Tests.Articles;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Search.SearchSteps;

namespace ContentApi.Tests.Search;

/// <summary>
/// Relevance ranks only a query's newest matches (Search:RankWindow) and lists the older ones after them,
/// newest first. Here the window is 3, so six hits show both parts and every way of paging across them.
/// </summary>
public sealed class SearchRankWindowTests(RankWindowOf3App app) : IClassFixture<RankWindowOf3App>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    // Stories 1..6 are created in that order; the number is how often each says "volcano" (more ranks higher).
    private static readonly int[] Mentions = [6, 5, 4, 1, 3, 2];

    // The window (stories 4, 5 and 6, the newest) by rank, then stories 3, 2 and 1, newest first: although
    // stories 1 to 3 mention the word most, they are outside the window.
    private static readonly string[] Expected = ["story-5", "story-6", "story-4", "story-3", "story-2", "story-1"];

    private HttpClient WindowOfThree() => Factory.Anonymous();

    private async Task CreateSixHits(ContentApiFactory? app = null)
    {
        app ??= Factory;
        for (var i = 1; i <= Mentions.Length; i++)
        {
            await app.CreateStory($"Story {i}", body: string.Join(' ', Enumerable.Repeat("volcano", Mentions[i - 1])) + " erupted near the village today");
        }
        await app.CreateStory("Unrelated story");
    }

    [Fact]
    public async Task The_newest_matches_are_ranked_and_older_ones_follow_newest_first()
    {
        await CreateSixHits();

        var list = await SearchSteps.Search(WindowOfThree(), "volcano");

        Assert.Equal(Expected, list.Slugs());
        Assert.Equal(6, list.Total());
    }

    [Fact]
    public async Task With_the_whole_result_inside_the_window_everything_is_ranked()
    {
        // The default window, on an app of its own.
        using var wide = new ContentApiFactory();
        await CreateSixHits(wide);

        var list = await SearchSteps.Search(wide.Anonymous(), "volcano");

        Assert.Equal(["story-1", "story-2", "story-3", "story-5", "story-6", "story-4"], list.Slugs());
    }

    [Fact]
    public async Task Cursor_paging_crosses_from_the_window_to_older_matches_and_back()
    {
        await CreateSixHits();
        var client = WindowOfThree();

        var page1 = await SearchSteps.Search(client, "volcano", "&limit=2");
        var page2 = await SearchSteps.Search(client, "volcano", $"&limit=2&cursor={page1.NextCursor()}");
        var page3 = await SearchSteps.Search(client, "volcano", $"&limit=2&cursor={page2.NextCursor()}");
        var back2 = await SearchSteps.Search(client, "volcano", $"&limit=2&cursor={page3.PrevCursor()}");
        var back1 = await SearchSteps.Search(client, "volcano", $"&limit=2&cursor={back2.PrevCursor()}");

        Assert.Equal(Expected, page1.Slugs().Concat(page2.Slugs()).Concat(page3.Slugs()).ToArray());
        Assert.Null(page3.NextCursor());
        Assert.Equal(page2.Slugs(), back2.Slugs());
        Assert.Equal(page1.Slugs(), back1.Slugs());
        Assert.Null(back1.PrevCursor());
        Assert.All([page1, page2, page3], page => Assert.Equal(6, page.Total()));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Numbered_pages_cover_every_hit_once(int limit)
    {
        await CreateSixHits();
        var client = WindowOfThree();

        var pages = new List<string>();
        for (var page = 1; page <= (6 + limit - 1) / limit; page++)
        {
            pages.AddRange((await SearchSteps.Search(client, "volcano", $"&limit={limit}&page={page}")).Slugs());
        }
        var beyond = await SearchSteps.Search(client, "volcano", $"&limit={limit}&page={(6 + limit - 1) / limit + 1}");

        Assert.Equal(Expected, pages);
        Assert.Empty(beyond.Slugs());
    }

    [Fact]
    public async Task The_window_is_the_query_s_newest_matches_and_filters_then_apply_to_both_parts()
    {
        await Factory.CreateSection("World");
        for (var i = 1; i <= Mentions.Length; i++)
        {
            await Factory.CreateStory($"Story {i}", section: i % 2 == 1 ? "world" : null,
                body: string.Join(' ', Enumerable.Repeat("volcano", Mentions[i - 1])) + " erupted near the village today");
        }

        // World has stories 1, 3 and 5; only 5 is among the query's three newest matches, so only it is ranked.
        var list = await SearchSteps.Search(WindowOfThree(), "volcano", "&section=world");

        Assert.Equal(["story-5", "story-3", "story-1"], list.Slugs());
        Assert.Equal(3, list.Total());
    }
}

public sealed class RankWindowOf3App() : SharedApp(new() { ["Search:RankWindow"] = "3" });
