using System.Net;
using System.Text;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Caching;

/// <summary>
/// What evicts the cached anonymous reads: a committed change to content, by whatever path (a request, the
/// scheduler, a set-based update), and nothing else. A write that changes nothing readers see (a key, a
/// preview token, an idempotent replay) leaves the cached pages in place.
/// </summary>
public sealed class ContentGenerationTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    /// <summary>Reads <paramref name="url"/> until the answer comes from the cache (it carries an Age).</summary>
    private async Task WarmCache(string url)
    {
        (await Factory.Anonymous().GetAsync(url)).EnsureSuccessStatusCode();
        Assert.True(await IsCached(url), $"{url} was not served from the output cache");
    }

    private async Task<bool> IsCached(string url)
    {
        var response = await Factory.Anonymous().GetAsync(url);
        response.EnsureSuccessStatusCode();
        return response.Headers.Age is not null;
    }

    private static HttpRequestMessage CreateArticleRequest(string title, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/articles")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { title }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        return request;
    }

    [Fact]
    public async Task Creating_a_key_does_not_evict_cached_reads()
    {
        var article = await Factory.CreateArticle("Cached while a key is made");
        var url = $"{Api}/articles/{article.Str("slug")}";
        await WarmCache(url);

        (await Factory.Admin().PostJson($"{Api}/keys", new { name = "Another frontend", role = "preview" })).EnsureSuccessStatusCode();

        Assert.True(await IsCached(url), "creating an API key evicted the cached article");
    }

    [Fact]
    public async Task Creating_a_preview_token_does_not_evict_cached_reads()
    {
        var article = await Factory.CreateArticle("Cached while a preview is shared");
        var draft = await Factory.CreateArticle("Being previewed", status: "draft");
        var url = $"{Api}/articles/{article.Str("slug")}";
        await WarmCache(url);

        (await Factory.Preview().PostAsync($"{Api}/articles/{draft.Str("id")}/preview-token", null)).EnsureSuccessStatusCode();

        Assert.True(await IsCached(url), "creating a preview token evicted the cached article");
    }

    [Fact]
    public async Task An_idempotent_replay_does_not_evict_cached_reads()
    {
        var key = Guid.NewGuid().ToString();
        var first = await Factory.Editor().SendAsync(CreateArticleRequest("Created once", key));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var list = $"{Api}/articles";
        await WarmCache(list);

        var replay = await Factory.Editor().SendAsync(CreateArticleRequest("Created once", key));

        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotency-Replayed"));
        Assert.True(await IsCached(list), "an idempotent replay evicted the cached list");
    }

    [Fact]
    public async Task An_article_edit_evicts_cached_reads()
    {
        var article = await Factory.CreateArticle("Before the edit");
        var other = await Factory.CreateArticle("Untouched neighbour");
        var url = $"{Api}/articles/{article.Str("id")}";
        var neighbour = $"{Api}/articles/{other.Str("slug")}";
        await WarmCache(url);
        await WarmCache(neighbour);

        var etag = (await Factory.Editor().GetAsync(url)).ETag();
        (await Factory.Editor().PatchJson(url, new { title = "After the edit" }, etag)).EnsureSuccessStatusCode();

        var read = await Factory.Anonymous().GetAsync(url);
        Assert.Null(read.Headers.Age);
        Assert.Equal("After the edit", (await read.ExpectJson(HttpStatusCode.OK)).Str("title"));
        // One generation: every cached read goes, not only the edited article's.
        Assert.False(await IsCached(neighbour), "the edit left other cached reads in place");
    }

    [Fact]
    public async Task A_write_outside_any_request_evicts_cached_reads()
    {
        var article = await Factory.CreateArticle("Edited by a job");
        var url = $"{Api}/articles/{article.Str("slug")}";
        await WarmCache(url);

        await using (var db = Factory.CreateDbContext())
        {
            var stored = await db.Articles.SingleAsync(a => a.Slug == article.Str("slug"));
            stored.Title = "Edited by a job, then read";
            await db.SaveChangesAsync();
        }

        var read = await (await Factory.Anonymous().GetAsync(url)).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Edited by a job, then read", read.Str("title"));
    }

    [Fact]
    public async Task A_set_based_content_update_that_says_so_evicts_cached_reads()
    {
        var article = await Factory.CreateArticle("Updated in bulk");
        var url = $"{Api}/articles/{article.Str("slug")}";
        await WarmCache(url);

        await using (var db = Factory.CreateDbContext())
        {
            db.ContentWritePending = true;
            await db.Articles.Where(a => a.Slug == article.Str("slug"))
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Title, "Updated in bulk, then read"));
        }

        var read = await (await Factory.Anonymous().GetAsync(url)).ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Updated in bulk, then read", read.Str("title"));
    }
}
