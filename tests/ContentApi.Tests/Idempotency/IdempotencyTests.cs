using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Idempotency;

public sealed class IdempotencyTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private static HttpRequestMessage Post(string url, object? body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (body is not null) request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        if (key is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return request;
    }

    private Task<HttpResponseMessage> CreateWithKey(string key, string title, HttpClient? client = null) =>
        (client ?? Factory.Editor()).SendAsync(Post($"{Api}/articles", new { title }, key));

    private async Task<int> ArticlesTitled(string title)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Articles.CountAsync(a => a.Title == title);
    }

    [Fact]
    public async Task CreateArticle_retried_with_the_same_key_replays_the_first_response_and_creates_one_article()
    {
        var key = Guid.NewGuid().ToString();
        var first = await CreateWithKey(key, "Once only");
        var firstBody = await first.Content.ReadAsStringAsync();

        var retry = await CreateWithKey(key, "Once only");

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(firstBody, await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.ETag(), retry.ETag());
        Assert.Equal("application/json", retry.Content.Headers.ContentType?.MediaType);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotency-Replayed")));
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(1, await ArticlesTitled("Once only"));
    }

    [Fact]
    public async Task CreateArticle_with_a_used_key_and_another_body_returns_422()
    {
        var key = Guid.NewGuid().ToString();
        await (await CreateWithKey(key, "First body")).ExpectJson(HttpStatusCode.Created);

        var response = await CreateWithKey(key, "Second body");

        await response.ExpectProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await ArticlesTitled("Second body"));
    }

    [Fact]
    public async Task A_key_is_scoped_to_the_caller_so_another_key_holder_is_not_replayed()
    {
        var key = Guid.NewGuid().ToString();
        await (await CreateWithKey(key, "Shared key")).ExpectJson(HttpStatusCode.Created);

        var response = await CreateWithKey(key, "Shared key", Factory.CreateClient(Factory.AdminKey));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(2, await ArticlesTitled("Shared key"));
    }

    [Theory]
    [InlineData("tab\tinside")]
    [InlineData("é-not-ascii")]
    public async Task CreateArticle_with_a_malformed_key_returns_400_naming_the_header(string key)
    {
        var request = Post($"{Api}/articles", new { title = "Bad key" }, key: null);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var response = await Factory.Editor().SendAsync(request);

        await response.ExpectValidationError("Idempotency-Key");
    }

    [Fact]
    public async Task CreateArticle_with_a_256_character_key_returns_400()
    {
        var response = await CreateWithKey(new string('k', 256), "Long key");

        await response.ExpectValidationError("Idempotency-Key");
    }

    [Fact]
    public async Task A_failed_request_does_not_use_up_its_key()
    {
        var key = Guid.NewGuid().ToString();
        await (await Factory.Editor().SendAsync(Post($"{Api}/articles", new { title = "" }, key))).ExpectValidationError("title");

        var response = await CreateWithKey(key, "Fixed");

        await response.ExpectJson(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_retry_of_a_request_interrupted_before_it_answered_returns_409()
    {
        var key = Guid.NewGuid().ToString();
        await (await CreateWithKey(key, "Interrupted")).ExpectJson(HttpStatusCode.Created);
        // What a crash between the write and the recording of its response leaves: a reservation without a response.
        await using (var db = Factory.CreateDbContext())
        {
            await db.IdempotencyRecords.Where(r => r.Key == key).ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, (int?)null));
        }

        var retry = await CreateWithKey(key, "Interrupted");

        await retry.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Equal(1, await ArticlesTitled("Interrupted"));
    }

    [Fact]
    public async Task A_key_older_than_24_hours_is_forgotten()
    {
        var key = Guid.NewGuid().ToString();
        await (await CreateWithKey(key, "Expired key")).ExpectJson(HttpStatusCode.Created);
        await using (var db = Factory.CreateDbContext())
        {
            await db.IdempotencyRecords.Where(r => r.Key == key)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, DateTime.UtcNow.AddHours(-25)));
        }

        var response = await CreateWithKey(key, "Expired key");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("Idempotency-Replayed"));
    }

    [Fact]
    public async Task PublishArticle_retried_with_the_same_key_replays_200_instead_of_409()
    {
        var created = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Publish once" });
        var article = await created.ExpectJson(HttpStatusCode.Created);
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Publish()
        {
            var request = Post($"{Api}/articles/{article["id"]}/publish", body: null, key);
            request.Headers.TryAddWithoutValidation("If-Match", created.ETag());
            return request;
        }

        var first = await Factory.Editor().SendAsync(Publish());
        var retry = await Factory.Editor().SendAsync(Publish());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first.ETag(), retry.ETag());
        Assert.True(retry.Headers.Contains("Idempotency-Replayed"));
    }

    [Fact]
    public async Task The_OpenAPI_document_offers_the_header_on_POST_operations_only()
    {
        var document = await (await Factory.Anonymous().GetAsync("/openapi/v1.json")).ExpectJson(HttpStatusCode.OK);
        static bool HasKeyHeader(JsonNode? operation) =>
            operation?["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "Idempotency-Key" && p["in"]!.GetValue<string>() == "header") == true;

        Assert.True(HasKeyHeader(document["paths"]!["/api/v1/articles"]!["post"]));
        Assert.True(HasKeyHeader(document["paths"]!["/api/v1/articles/{idOrSlug}/publish"]!["post"]));
        Assert.True(HasKeyHeader(document["paths"]!["/api/v1/articles/{idOrSlug}/revisions/{number}/restore"]!["post"]));
        Assert.NotNull(document["paths"]!["/api/v1/articles"]!["post"]!["responses"]!["422"]);
        Assert.False(HasKeyHeader(document["paths"]!["/api/v1/articles"]!["get"]));
    }
}
