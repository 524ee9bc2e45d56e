using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Related;

/// <summary>Reading a related list, and setting the curated one as an editor does.</summary>
public static class RelatedSteps
{
    public static string RelatedUrl(JsonNode article, string query = "") => $"{Api}/articles/{article["id"]}/related{query}";

    public static async Task<JsonArray> Related(this ContentApiFactory factory, JsonNode article, int limit = 20, HttpClient? client = null)
    {
        var response = await (client ?? factory.Anonymous()).GetAsync(RelatedUrl(article, $"?limit={limit}"));
        return (await response.ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();
    }

    public static string[] SlugsOf(JsonArray items) => items.Select(i => i!["slug"]!.GetValue<string>()).ToArray();

    public static async Task<string> ETagOf(this ContentApiFactory factory, JsonNode article)
    {
        var response = await factory.Editor().GetAsync($"{Api}/articles/{article["id"]}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.ETag();
    }

    public static async Task<HttpResponseMessage> SetRelated(this ContentApiFactory factory, JsonNode article, object articles, string? etag = null, HttpClient? client = null) =>
        await (client ?? factory.Editor()).PutJson(RelatedUrl(article), new { articles }, etag ?? await factory.ETagOf(article));

    public static async Task<HttpResponseMessage> Publish(this ContentApiFactory factory, JsonNode article)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/articles/{article["id"]}/publish");
        request.Headers.TryAddWithoutValidation("If-Match", await factory.ETagOf(article));
        return await factory.Editor().SendAsync(request);
    }

    public static Task<JsonNode> Story(this ContentApiFactory factory, string title, string body, string[] tags, string status = "published", string? section = null) =>
        factory.CreateArticle(title, section: section, tags: tags, body: body, status: status);
}
