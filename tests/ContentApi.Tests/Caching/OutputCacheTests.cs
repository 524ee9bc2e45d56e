using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Caching;

/// <summary>
/// Anonymous reads come from the output cache (a cached answer carries an <c>Age</c> header), and every
/// acknowledged write evicts it: the next read shows the write.
/// </summary>
public sealed class OutputCacheTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    /// <summary>Reads <paramref name="url"/> twice and asserts the second answer came from the cache.</summary>
    private async Task WarmCache(string url)
    {
        var anonymous = Factory.Anonymous();
        (await anonymous.GetAsync(url)).EnsureSuccessStatusCode();
        var second = await anonymous.GetAsync(url);
        second.EnsureSuccessStatusCode();
        Assert.True(second.Headers.Age is not null, $"{url} was not served from the output cache");
    }

    [Fact]
    public async Task AnonymousRead_is_served_from_the_output_cache_the_second_time()
    {
        var article = await Factory.CreateArticle("Cached once");

        await WarmCache($"{Api}/articles/{article.Str("slug")}");
    }

    [Fact]
    public async Task CachedArticle_shows_a_patch_as_soon_as_the_patch_is_acknowledged()
    {
        var article = await Factory.CreateArticle("Before the edit");
        var url = $"{Api}/articles/{article.Str("id")}";
        await WarmCache(url);
        var etag = (await Factory.Editor().GetAsync(url)).ETag();

        var patched = await Factory.Editor().PatchJson(url, new { title = "After the edit" }, etag);
        await patched.ExpectJson(HttpStatusCode.OK);

        var read = await (await Factory.Anonymous().GetAsync(url)).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("After the edit", read.Str("title"));
    }

    [Fact]
    public async Task CachedList_shows_an_article_as_soon_as_its_publication_is_acknowledged()
    {
        var draft = await Factory.CreateArticle("Published later", status: "draft");
        var list = $"{Api}/articles?limit=20";
        await WarmCache(list);
        var etag = (await Factory.Editor().GetAsync($"{Api}/articles/{draft.Str("id")}")).ETag();

        var publish = new HttpRequestMessage(HttpMethod.Post, $"{Api}/articles/{draft.Str("id")}/publish");
        publish.Headers.TryAddWithoutValidation("If-Match", etag);
        (await Factory.Editor().SendAsync(publish)).EnsureSuccessStatusCode();

        var read = await (await Factory.Anonymous().GetAsync(list)).ExpectJson(HttpStatusCode.OK);
        Assert.Contains(draft.Str("slug"), read.Slugs());
    }

    [Fact]
    public async Task CachedSectionList_shows_a_deleted_section_gone_once_the_delete_is_acknowledged()
    {
        var section = await Factory.CreateSection("Short-lived");
        var list = $"{Api}/sections";
        await WarmCache(list);
        var url = $"{Api}/sections/{section.Str("id")}";

        (await Factory.Editor().Delete(url, (await Factory.Editor().GetAsync(url)).ETag())).EnsureSuccessStatusCode();

        var read = await (await Factory.Anonymous().GetAsync(list)).ExpectJson(HttpStatusCode.OK);
        Assert.DoesNotContain("short-lived", read.Slugs());
    }

    [Fact]
    public async Task KeyedRead_of_a_draft_never_reaches_anonymous_callers_through_the_cache()
    {
        var draft = await Factory.CreateArticle("Secret draft", status: "draft");
        var url = $"{Api}/articles/{draft.Str("slug")}";

        await (await Factory.Editor().GetAsync(url)).ExpectJson(HttpStatusCode.OK);
        await (await Factory.Editor().GetAsync(url)).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NotFound, (await Factory.Anonymous().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task KeyedList_never_reaches_anonymous_callers_through_the_cache()
    {
        var draft = await Factory.CreateArticle("Draft in a list", status: "draft");
        var list = $"{Api}/articles?sort=-updatedAt";
        Assert.Contains(draft.Str("slug"), (await (await Factory.Editor().GetAsync(list)).ExpectJson(HttpStatusCode.OK)).Slugs());

        var read = await (await Factory.Anonymous().GetAsync(list)).ExpectJson(HttpStatusCode.OK);

        Assert.DoesNotContain(draft.Str("slug"), read.Slugs());
    }

    [Fact]
    public async Task Draft_created_after_a_list_was_cached_is_not_in_the_anonymous_list()
    {
        await Factory.CreateArticle("Already out");
        var list = $"{Api}/articles";
        await WarmCache(list);

        var draft = await Factory.CreateArticle("Not yet out", status: "draft");

        var read = await (await Factory.Anonymous().GetAsync(list)).ExpectJson(HttpStatusCode.OK);
        Assert.DoesNotContain(draft.Str("slug"), read.Slugs());
        Assert.Equal(1, read.Total());
    }

    [Fact]
    public async Task Request_with_a_preview_token_is_never_served_from_the_cache()
    {
        var article = await Factory.CreateArticle("Previewed");
        var url = $"{Api}/articles/{article.Str("slug")}?previewToken=anything";
        var anonymous = Factory.Anonymous();

        await anonymous.GetAsync(url);
        var second = await anonymous.GetAsync(url);

        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task OutputCache_turned_off_by_configuration_serves_every_read_fresh()
    {
        using var app = new ContentApiFactory { Settings = { ["Caching:OutputCache:Enabled"] = "false" } };
        var article = await app.CreateArticle("Uncached");
        var client = app.Anonymous();
        var url = $"{Api}/articles/{article.Str("slug")}";

        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        var second = await client.GetAsync(url);

        second.EnsureSuccessStatusCode();
        Assert.Null(second.Headers.Age);
    }
}
