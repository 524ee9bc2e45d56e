using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentApi.Tests.Infrastructure;

/// <summary>Small helpers so that tests read as the requests a client makes.</summary>
public static class HttpExtensions
{
    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body) =>
        client.PostAsync(url, Json(body));

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string url, string body, string contentType = "application/json") =>
        client.PostAsync(url, new StringContent(body, Encoding.UTF8, contentType));

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, object body, string? etag) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(body) }, etag));

    public static Task<HttpResponseMessage> PatchJson(this HttpClient client, string url, object body, string? etag) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Patch, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/merge-patch+json"),
        }, etag));

    public static Task<HttpResponseMessage> Delete(this HttpClient client, string url, string? etag) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Delete, url), etag));

    public static Task<HttpResponseMessage> GetIfNoneMatch(this HttpClient client, string url, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return client.SendAsync(request);
    }

    public static async Task<JsonNode> Body(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    public static async Task<JsonNode> ExpectJson(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Asserts an RFC 9457 problem with the status, and returns it.</summary>
    public static async Task<JsonNode> ExpectProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(problem["traceId"]?.GetValue<string>()));
        return problem;
    }

    /// <summary>Asserts a 400 whose errors name <paramref name="field"/>.</summary>
    public static async Task<JsonNode> ExpectValidationError(this HttpResponseMessage response, string field)
    {
        var problem = await response.ExpectProblem(HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject();
        Assert.True(errors is not null && errors.ContainsKey(field), $"Expected an error for '{field}', got: {problem.ToJsonString()}");
        return problem;
    }

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("No ETag header.");

    private static StringContent Json(object body) =>
        body is string raw
            ? new StringContent(raw, Encoding.UTF8, "application/json")
            : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string? etag)
    {
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }
}
