using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Taxonomies;

/// <summary>GET /{resource}: the list envelope and keyset or numbered paging, as sections, authors and tags share them.</summary>
public sealed class TaxonomyListTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Theory, EachTaxonomy]
    public async Task List_returns_the_envelope_newest_first(string resource)
    {
        var t = Taxonomy.Of(resource);
        await Factory.Create(t, "First");
        await Factory.Create(t, "Second");

        var list = await (await Factory.Anonymous().GetAsync(t.Url)).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["second", "first"], list.Slugs());
        var page = list["page"]!;
        Assert.Equal(20, page["limit"]!.GetValue<int>());
        Assert.Equal(2, page["total"]!.GetValue<int>());
        Assert.True(page.AsObject().ContainsKey("nextCursor") && page.AsObject().ContainsKey("prevCursor"));
        Assert.Null(page["nextCursor"]);
        Assert.Null(page["prevCursor"]);
    }

    [Theory, EachTaxonomy]
    public async Task List_pages_through_with_cursors_without_duplicates_or_gaps(string resource)
    {
        var t = Taxonomy.Of(resource);
        await CreateFive(t);
        var client = Factory.Anonymous();

        var first = await client.GetAsync($"{t.Url}?limit=2");
        var page1 = await first.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["five", "four"], page1.Slugs());
        Assert.Equal(5, page1.Total());
        Assert.Null(page1.PrevCursor());
        var next = page1.NextCursor()!;
        var link = string.Join(",", first.Headers.GetValues("Link"));
        Assert.Contains("rel=\"next\"", link);
        Assert.Contains($"cursor={next}", link);

        var second = await client.GetAsync($"{t.Url}?limit=2&cursor={next}");
        var page2 = await second.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["three", "two"], page2.Slugs());
        var links = string.Join(",", second.Headers.GetValues("Link"));
        Assert.Contains("rel=\"next\"", links);
        Assert.Contains("rel=\"prev\"", links);

        var page3 = await (await client.GetAsync($"{t.Url}?limit=2&cursor={page2.NextCursor()}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["one"], page3.Slugs());
        Assert.Null(page3.NextCursor());

        var back = await (await client.GetAsync($"{t.Url}?limit=2&cursor={page3.PrevCursor()}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["three", "two"], back.Slugs());
        var backToStart = await (await client.GetAsync($"{t.Url}?limit=2&cursor={back.PrevCursor()}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["five", "four"], backToStart.Slugs());
        var fromPage2 = await (await client.GetAsync($"{t.Url}?limit=2&cursor={page2.PrevCursor()}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["five", "four"], fromPage2.Slugs());
    }

    [Theory, EachTaxonomy]
    public async Task List_serves_numbered_pages(string resource)
    {
        var t = Taxonomy.Of(resource);
        await CreateFive(t);

        var list = await (await Factory.Anonymous().GetAsync($"{t.Url}?page=2&limit=2")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["three", "two"], list.Slugs());
        Assert.Equal(5, list.Total());
    }

    [Theory]
    [EachTaxonomy("limit=0", "limit")]
    [EachTaxonomy("limit=101", "limit")]
    [EachTaxonomy("limit=abc", "limit")]
    [EachTaxonomy("page=0", "page")]
    [EachTaxonomy("cursor=bm90IGEgY3Vyc29y", "cursor")]
    [EachTaxonomy("cursor=not-a-cursor", "cursor")]
    [EachTaxonomy("cursor=%21%21", "cursor")]
    [EachTaxonomy("cursor=abc&page=2", "page")]
    public async Task List_returns_400_naming_a_bad_paging_parameter(string resource, string query, string field)
    {
        var response = await Factory.Anonymous().GetAsync($"{Taxonomy.Of(resource).Url}?{query}");
        await response.ExpectValidationError(field);
    }

    [Theory]
    [EachTaxonomy("page=2")]
    [EachTaxonomy("limit=2&page=2")]
    public async Task List_returns_400_when_a_real_cursor_and_page_are_combined(string resource, string paging)
    {
        var t = Taxonomy.Of(resource);
        foreach (var name in new[] { "one", "two", "three" }) await Factory.Create(t, name);
        var page1 = await (await Factory.Anonymous().GetAsync($"{t.Url}?limit=2")).ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Anonymous().GetAsync($"{t.Url}?{paging}&cursor={page1.NextCursor()}");

        await response.ExpectValidationError("page");
    }

    private async Task CreateFive(Taxonomy t)
    {
        foreach (var name in new[] { "one", "two", "three", "four", "five" }) await Factory.Create(t, name);
    }
}
