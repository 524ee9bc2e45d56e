using System.Net;
using ContentApi.Tests.Articles;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Search.SearchSteps;

namespace ContentApi.Tests.Search;

public sealed class SearchTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task Search_finds_an_article_by_a_word_of_its_title()
    {
        await Factory.CreateStory("Ceasefire talks resume in Geneva");
        await Factory.CreateStory("Harvest festival draws record crowds");

        var list = await SearchSteps.Search(Factory.Anonymous(), "ceasefire");

        Assert.Equal(["ceasefire-talks-resume-in-geneva"], list.Slugs());
        Assert.Equal(1, list.Total());
    }

    [Fact]
    public async Task Search_matches_the_last_word_as_a_prefix()
    {
        await Factory.CreateStory("Ukraine and its neighbours");

        var list = await SearchSteps.Search(Factory.Anonymous(), "ukrai");

        Assert.Equal(["ukraine-and-its-neighbours"], list.Slugs());
    }

    [Fact]
    public async Task A_last_word_that_some_article_has_whole_is_not_also_a_prefix()
    {
        await Factory.CreateStory("Peace talks resume");
        await Factory.CreateStory("Peacekeepers arrive in the north");

        var whole = await SearchSteps.Search(Factory.Anonymous(), "peace");
        var unfinished = await SearchSteps.Search(Factory.Anonymous(), "peacek");

        Assert.Equal(["peace-talks-resume"], whole.Slugs());
        Assert.Equal(["peacekeepers-arrive-in-the-north"], unfinished.Slugs());
    }

    [Fact]
    public async Task Search_matches_a_word_of_one_or_two_letters_whole_not_as_a_prefix()
    {
        await Factory.CreateStory("Ukraine and its neighbours");

        var list = await SearchSteps.Search(Factory.Anonymous(), "uk");

        Assert.Empty(list.Slugs());
    }

    [Fact]
    public async Task Search_needs_every_word_to_match()
    {
        await Factory.CreateStory("Storm closes harbour", body: "Ferries stayed in port.");
        await Factory.CreateStory("Storm spares the valley");

        var list = await SearchSteps.Search(Factory.Anonymous(), "storm ferries");

        Assert.Equal(["storm-closes-harbour"], list.Slugs());
    }

    [Fact]
    public async Task Search_ignores_accents_and_case()
    {
        await Factory.CreateStory("Delegates gather in Genève");

        var list = await SearchSteps.Search(Factory.Anonymous(), "GENEVE");

        Assert.Equal(["delegates-gather-in-geneve"], list.Slugs());
    }

    [Fact]
    public async Task Search_ranks_a_title_hit_above_a_body_only_hit()
    {
        // The body-only article mentions the word more often; the headline still wins.
        await Factory.CreateStory("Markets today", body: "Inflation worries. Inflation data. Inflation everywhere.", publishedAt: new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        await Factory.CreateStory("Inflation slows again", body: "Prices rose less than expected.", publishedAt: new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var list = await SearchSteps.Search(Factory.Anonymous(), "inflation");

        Assert.Equal(["inflation-slows-again", "markets-today"], list.Slugs());
    }

    [Fact]
    public async Task Search_ranks_a_standfirst_hit_above_a_body_only_hit()
    {
        await Factory.CreateStory("First story", body: "A long piece that mentions the glacier once among many other words.");
        await Factory.CreateStory("Second story", standfirst: "The glacier is retreating.");

        var list = await SearchSteps.Search(Factory.Anonymous(), "glacier");

        Assert.Equal(["second-story", "first-story"], list.Slugs());
    }

    [Fact]
    public async Task Search_gives_each_hit_a_snippet_with_the_words_marked()
    {
        await Factory.CreateStory("Weekly roundup", body: "In other news, the orchestra announced a new conductor for the season.");

        var list = await SearchSteps.Search(Factory.Anonymous(), "conductor");

        var snippet = SnippetOf(list, "weekly-roundup");
        Assert.NotNull(snippet);
        Assert.Contains("<mark>conductor</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_snippet_escapes_html_from_the_body()
    {
        await Factory.CreateStory("Security notes", body: "Never paste `<script>alert(1)</script>` into the console & expect safety.");

        var list = await SearchSteps.Search(Factory.Anonymous(), "alert");

        var snippet = SnippetOf(list, "security-notes")!;
        Assert.DoesNotContain("<script", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>alert</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListArticles_without_q_has_a_null_snippet()
    {
        await Factory.CreateStory("Plain list item");

        var list = await Factory.Anonymous().List();

        var item = list["items"]!.AsArray().Single()!.AsObject();
        Assert.True(item.ContainsKey("snippet"));
        Assert.Null(item["snippet"]);
    }

    [Fact]
    public async Task Search_combines_with_the_section_filter()
    {
        await Factory.CreateSection("Sport");
        await Factory.CreateSection("Business");
        await Factory.CreateStory("Transfer record broken", section: "sport");
        await Factory.CreateStory("Record profits at the bank", section: "business");

        var list = await SearchSteps.Search(Factory.Anonymous(), "record", "&section=sport");

        Assert.Equal(["transfer-record-broken"], list.Slugs());
        Assert.Equal(1, list.Total());
    }

    [Fact]
    public async Task Search_combines_with_the_tag_filter()
    {
        await Factory.CreateStory("Flood warning for the coast", tags: ["weather"]);
        await Factory.CreateStory("Flood of new apps", tags: ["tech"]);

        var list = await SearchSteps.Search(Factory.Anonymous(), "flood", "&tag=weather");

        Assert.Equal(["flood-warning-for-the-coast"], list.Slugs());
    }

    [Fact]
    public async Task Search_works_on_a_section_front()
    {
        await Factory.CreateSection("Culture");
        await Factory.CreateStory("Opera season opens", section: "culture");
        await Factory.CreateStory("Opera house sold");

        var response = await Factory.Anonymous().GetAsync($"{Api}/sections/culture/articles?q=opera");

        var list = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["opera-season-opens"], list.Slugs());
    }

    [Fact]
    public async Task Search_never_shows_drafts_without_a_key()
    {
        await Factory.CreateStory("Embargoed budget leak", status: "draft");

        var list = await SearchSteps.Search(Factory.Anonymous(), "embargoed");

        Assert.Empty(list.Slugs());
        Assert.Equal(0, list.Total());
    }

    [Fact]
    public async Task Search_shows_drafts_to_a_preview_key()
    {
        await Factory.CreateStory("Embargoed budget leak", status: "draft");

        var list = await SearchSteps.Search(Factory.Preview(), "embargoed");

        Assert.Equal(["embargoed-budget-leak"], list.Slugs());
    }

    [Fact]
    public async Task Search_with_another_sort_orders_the_hits_by_it()
    {
        await Factory.CreateStory("Bridge reopens", publishedAt: new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await Factory.CreateStory("Bridge closes", body: "The bridge, the bridge, the bridge.", publishedAt: new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        await Factory.CreateStory("Tunnel opens");

        var newest = await SearchSteps.Search(Factory.Anonymous(), "bridge", "&sort=-publishedAt");
        var byTitle = await SearchSteps.Search(Factory.Anonymous(), "bridge", "&sort=title");

        Assert.Equal(["bridge-closes", "bridge-reopens"], newest.Slugs());
        Assert.Equal(["bridge-closes", "bridge-reopens"], byTitle.Slugs());
        Assert.NotNull(SnippetOf(newest, "bridge-reopens"));
    }
}
