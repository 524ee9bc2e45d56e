using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Related.RelatedSteps;

namespace ContentApi.Tests.Related;

public sealed class RelatedEndpointsTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private const string Harbour = "Dockworkers at Valmora harbour walked out over the new crane rota, halting container traffic.";

    [Fact]
    public async Task ListRelatedArticles_lists_computed_articles_with_their_reason_and_score()
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);
        var talks = await Factory.Story("Valmora harbour strike talks break down", Harbour, ["valmora-harbour"]);

        var items = await Factory.Related(strike);

        var item = Assert.Single(items)!;
        Assert.Equal(talks.Str("slug"), item.Str("slug"));
        Assert.Contains(item.Str("reason"), new[] { "sharedTags", "similarText" });
        Assert.InRange(item["score"]!.GetValue<double>(), 0.05, 1);
        Assert.Equal($"/api/v1/articles/{talks.Str("slug")}", item.Str("url"));
        Assert.Equal(talks.Str("title"), item.Str("title"));
        Assert.NotNull(item["publishedAt"]);
    }

    [Fact]
    public async Task ListRelatedArticles_lists_curated_articles_first_in_the_editors_order_then_computed_ones()
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);
        var computed = await Factory.Story("Valmora harbour strike talks break down", Harbour, ["valmora-harbour"]);
        var first = await Factory.Story("Orchard growers count frost losses", "Apple blossom froze overnight.", ["orchards"]);
        var second = await Factory.Story("Library opens late on Thursdays", "The reading room now closes at nine.", ["libraries"]);
        (await Factory.SetRelated(strike, new[] { second.Str("slug"), first.Str("id") })).EnsureSuccessStatusCode();

        var items = await Factory.Related(strike);

        Assert.Equal([second.Str("slug"), first.Str("slug"), computed.Str("slug")], SlugsOf(items));
        Assert.Equal(["curated", "curated"], items.Take(2).Select(i => i!.Str("reason")));
        Assert.Equal(1, items[0]!["score"]!.GetValue<double>());
        Assert.NotEqual("curated", items[2]!.Str("reason"));
    }

    [Fact]
    public async Task ListRelatedArticles_does_not_repeat_a_curated_article_among_the_computed_ones()
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);
        var talks = await Factory.Story("Valmora harbour strike talks break down", Harbour, ["valmora-harbour"]);
        (await Factory.SetRelated(strike, new[] { talks.Str("slug") })).EnsureSuccessStatusCode();

        var items = await Factory.Related(strike);

        Assert.Equal("curated", Assert.Single(items)!.Str("reason"));
    }

    [Fact]
    public async Task ListRelatedArticles_honours_limit()
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);
        for (var i = 0; i < 3; i++) await Factory.Story($"Valmora harbour strike, update {i}", Harbour, ["valmora-harbour"]);

        Assert.Single(await Factory.Related(strike, limit: 1));
        Assert.Equal(3, (await Factory.Related(strike, limit: 20)).Count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("abc")]
    public async Task ListRelatedArticles_rejects_a_limit_out_of_range(string limit)
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);

        var response = await Factory.Anonymous().GetAsync(RelatedUrl(strike, $"?limit={limit}"));

        await response.ExpectValidationError("limit");
    }

    [Fact]
    public async Task ListRelatedArticles_returns_404_when_the_article_is_missing()
    {
        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/no-such-article/related");

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListRelatedArticles_returns_404_for_a_draft_without_a_key_and_answers_a_preview_key()
    {
        var draft = await Factory.Story("Valmora harbour strike looms", Harbour, ["valmora-harbour"], status: "draft");

        await (await Factory.Anonymous().GetAsync(RelatedUrl(draft))).ExpectProblem(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await Factory.Preview().GetAsync(RelatedUrl(draft))).StatusCode);
    }

    [Fact]
    public async Task ListRelatedArticles_redirects_an_old_slug_to_the_current_one()
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);
        var renamed = await Factory.Editor().PatchJson($"{Api}/articles/{strike["id"]}", new { slug = "valmora-strike" }, await Factory.ETagOf(strike));
        renamed.EnsureSuccessStatusCode();

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{strike.Str("slug")}/related?limit=3");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"{Api}/articles/valmora-strike/related?limit=3", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ListRelatedArticles_never_lists_an_unpublished_article_even_when_curated()
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);
        var draft = await Factory.Story("Valmora harbour strike: what next", Harbour, ["valmora-harbour"], status: "draft");
        (await Factory.SetRelated(strike, new[] { draft.Str("slug") })).EnsureSuccessStatusCode();

        Assert.Empty(await Factory.Related(strike, client: Factory.Editor()));
    }

    [Fact]
    public async Task ListRelatedArticles_drops_an_article_once_it_is_unpublished()
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);
        var talks = await Factory.Story("Valmora harbour strike talks break down", Harbour, ["valmora-harbour"]);
        Assert.Single(await Factory.Related(strike));

        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/articles/{talks["id"]}/unpublish");
        request.Headers.TryAddWithoutValidation("If-Match", await Factory.ETagOf(talks));
        (await Factory.Editor().SendAsync(request)).EnsureSuccessStatusCode();

        Assert.Empty(await Factory.Related(strike));
    }

    [Fact]
    public async Task Publishing_an_article_makes_it_related_to_the_articles_it_resembles()
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);
        var draft = await Factory.Story("Valmora harbour strike talks break down", Harbour, ["valmora-harbour"], status: "draft");
        Assert.Empty(await Factory.Related(strike));

        (await Factory.Publish(draft)).EnsureSuccessStatusCode();

        Assert.Equal([draft.Str("slug")], SlugsOf(await Factory.Related(strike)));
        Assert.Equal([strike.Str("slug")], SlugsOf(await Factory.Related(draft)));
    }

    [Fact]
    public async Task Editing_an_article_recomputes_its_list()
    {
        var strike = await Factory.Story("Valmora harbour strike enters second day", Harbour, ["valmora-harbour"]);
        var frost = await Factory.Story("Orchard growers count frost losses", "Apple blossom froze overnight in the Tarn valley.", ["orchards"]);
        Assert.Empty(await Factory.Related(frost));

        var edited = await Factory.Editor().PatchJson($"{Api}/articles/{frost["id"]}", new { tags = new[] { "orchards", "valmora-harbour" } }, await Factory.ETagOf(frost));
        edited.EnsureSuccessStatusCode();

        Assert.Equal([strike.Str("slug")], SlugsOf(await Factory.Related(frost)));
    }
}
