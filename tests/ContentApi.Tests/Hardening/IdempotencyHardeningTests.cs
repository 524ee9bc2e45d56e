using System.Net;
using System.Text;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Hardening;

/// <summary>Issue #13, items 4 and 10: secrets are never kept for a replay, and the scope ignores URL spelling.</summary>
public sealed class IdempotencyHardeningTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private static HttpRequestMessage Post(string url, object? body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (body is not null) request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return request;
    }

    private async Task<string> StoredBodies()
    {
        await using var db = Factory.CreateDbContext();
        var bodies = await db.IdempotencyRecords.Select(r => r.Body).ToListAsync();
        return string.Join("\n", bodies.Select(b => b is null ? "" : Encoding.UTF8.GetString(b)));
    }

    [Fact]
    public async Task CreateKey_retried_with_the_same_key_never_shows_or_stores_the_secret_again()
    {
        var key = Guid.NewGuid().ToString();
        var first = await Factory.Admin().SendAsync(Post($"{Api}/keys", new { name = "Frontend", role = "preview" }, key));
        var secret = (await first.ExpectJson(HttpStatusCode.Created)).Str("secret");

        var retry = await Factory.Admin().SendAsync(Post($"{Api}/keys", new { name = "Frontend", role = "preview" }, key));

        var problem = await retry.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("once", problem.Str("detail"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.DoesNotContain(secret, await retry.Content.ReadAsStringAsync());
        Assert.DoesNotContain(secret, await StoredBodies());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.ApiKeys.CountAsync(k => k.Name == "Frontend"));
    }

    [Fact]
    public async Task CreatePreviewToken_with_an_Idempotency_Key_does_not_store_the_token()
    {
        var draft = await Factory.CreateArticle("Draft", status: "draft");
        var key = Guid.NewGuid().ToString();
        var first = await Factory.Editor().SendAsync(Post($"{Api}/articles/{draft.Str("id")}/preview-token", new { expiresInMinutes = 5 }, key));
        var token = (await first.ExpectJson(HttpStatusCode.OK)).Str("token");

        var retry = await Factory.Editor().SendAsync(Post($"{Api}/articles/{draft.Str("id")}/preview-token", new { expiresInMinutes = 5 }, key));

        await retry.ExpectProblem(HttpStatusCode.Conflict);
        Assert.DoesNotContain(token, await retry.Content.ReadAsStringAsync());
        Assert.DoesNotContain(token, await StoredBodies());
    }

    [Theory]
    [InlineData("/API/V1/articles")]
    [InlineData("/api/v1/articles/")]
    [InlineData("/Api/v1/Articles/")]
    public async Task The_same_key_on_another_spelling_of_the_URL_replays_instead_of_writing_twice(string spelling)
    {
        var key = Guid.NewGuid().ToString();
        var first = await Factory.Editor().SendAsync(Post($"{Api}/articles", new { title = "Spelled twice" }, key));
        await first.ExpectJson(HttpStatusCode.Created);

        var retry = await Factory.Editor().SendAsync(Post(spelling, new { title = "Spelled twice" }, key));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotency-Replayed")));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Articles.CountAsync(a => a.Title == "Spelled twice"));
    }
}
