using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ContentApi.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ContentApi.Tests.Workflow;

/// <summary>
/// Workflow tests run the app on a clock they control, so that "now", "due" and "in the future" are exact
/// and nothing waits for real time. The background publisher is left out unless a test asks for it, so
/// that publishing happens only when the test calls it.
/// </summary>
public abstract class WorkflowTest : ApiTest
{
    protected static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    protected WorkflowTest() => App = CreateApp(runBackgroundPublisher: false);

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(Start));

    protected WebApplicationFactory<Program> App { get; set; }

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected WebApplicationFactory<Program> CreateApp(bool runBackgroundPublisher) =>
        Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (!runBackgroundPublisher)
            {
                var publisher = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ScheduledPublisher));
                services.Remove(publisher);
            }
        }));

    protected HttpClient Editor() => Client(Factory.EditorKey);

    protected HttpClient Anonymous() => Client(null);

    protected HttpClient Client(string? key)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    protected static string Url(JsonNode article, string action = "") => $"{Api}/articles/{article["id"]}{action}";

    /// <summary>Creates an article through the API and returns it with its ETag.</summary>
    protected async Task<(JsonNode Article, string ETag)> CreateArticle(string status = "draft", DateTime? publishedAt = null)
    {
        var response = await Editor().PostJson($"{Api}/articles",
            new { title = $"Workflow {Guid.NewGuid():N}", status, publishedAt, body = "Text." });
        return (await response.ExpectJson(HttpStatusCode.Created), response.ETag());
    }

    /// <summary>Posts a workflow action with If-Match, as an editor's client does.</summary>
    protected Task<HttpResponseMessage> Act(JsonNode article, string action, string? etag, object? body = null, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url(article, "/" + action));
        if (body is not null) request.Content = JsonContent(body);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return (client ?? Editor()).SendAsync(request);
    }

    /// <summary>Acts and expects 200; returns the article as answered, and its new ETag.</summary>
    protected async Task<(JsonNode Article, string ETag)> ActOk(JsonNode article, string action, string etag, object? body = null)
    {
        var response = await Act(article, action, etag, body);
        return (await response.ExpectJson(HttpStatusCode.OK), response.ETag());
    }

    protected async Task<HttpStatusCode> ReaderStatus(JsonNode article) =>
        (await Anonymous().GetAsync(Url(article))).StatusCode;

    protected async Task<JsonNode> EditorView(JsonNode article) =>
        await (await Editor().GetAsync(Url(article))).ExpectJson(HttpStatusCode.OK);

    protected static DateTime? Time(JsonNode? node) => node?.GetValue<DateTime>().ToUniversalTime();

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
