using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Workflow;

/// <summary>
/// Workflow tests run the app on a clock they control, so that "now", "due" and "in the future" are exact
/// and nothing waits for real time. The background publisher is left out unless a test asks for it, so
/// that publishing happens only when the test calls it.
/// </summary>
public static class WorkflowSteps
{
    public static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static FakeTimeProvider StartClock() => new(new DateTimeOffset(Start));

    /// <summary>The app on <paramref name="clock"/>; its background services run only when asked.</summary>
    public static ContentApiFactory OnClock(FakeTimeProvider clock, bool runBackgroundServices = false) =>
        new() { Clock = clock, RunBackgroundServices = runBackgroundServices };

    public static DateTime Now(this FakeTimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    public static string Url(JsonNode article, string action = "") => $"{Api}/articles/{article["id"]}{action}";

    public static DateTime? Time(JsonNode? node) => node?.GetValue<DateTime>().ToUniversalTime();

    /// <summary>Creates an article (a draft unless told otherwise) through the API and returns it with its ETag.</summary>
    public static async Task<(JsonNode Article, string ETag)> CreateArticleWithETag(this ContentApiFactory factory, string status = "draft", DateTime? publishedAt = null)
    {
        var response = await factory.Editor().PostJson($"{Api}/articles",
            new { title = $"Workflow {Guid.NewGuid():N}", status, publishedAt, body = "Text." });
        return (await response.ExpectJson(HttpStatusCode.Created), response.ETag());
    }

    /// <summary>Posts a workflow action with If-Match, as an editor's client does.</summary>
    public static Task<HttpResponseMessage> Act(this ContentApiFactory factory, JsonNode article, string action, string? etag, object? body = null, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url(article, "/" + action));
        if (body is not null) request.Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return (client ?? factory.Editor()).SendAsync(request);
    }

    /// <summary>Acts and expects 200; returns the article as answered, and its new ETag.</summary>
    public static async Task<(JsonNode Article, string ETag)> ActOk(this ContentApiFactory factory, JsonNode article, string action, string etag, object? body = null)
    {
        var response = await factory.Act(article, action, etag, body);
        return (await response.ExpectJson(HttpStatusCode.OK), response.ETag());
    }

    public static async Task<HttpStatusCode> ReaderStatus(this ContentApiFactory factory, JsonNode article) =>
        (await factory.Anonymous().GetAsync(Url(article))).StatusCode;

    public static async Task<JsonNode> EditorView(this ContentApiFactory factory, JsonNode article) =>
        await (await factory.Editor().GetAsync(Url(article))).ExpectJson(HttpStatusCode.OK);
}
