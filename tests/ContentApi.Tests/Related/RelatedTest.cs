using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Related;

/// <summary>Helpers for related-posts tests: reading a related list, and setting the curated one as an editor does.</summary>
public abstract class RelatedTest : ApiTest
{
    protected static string RelatedUrl(JsonNode article, string query = "") => $"{Api}/articles/{article["id"]}/related{query}";

    protected async Task<JsonArray> Related(JsonNode article, int limit = 20, HttpClient? client = null)
    {
        var response = await (client ?? Factory.Anonymous()).GetAsync(RelatedUrl(article, $"?limit={limit}"));
        return (await response.ExpectJson(HttpStatusCode.OK))["items"]!.AsArray();
    }

    protected static string[] SlugsOf(JsonArray items) => items.Select(i => i!["slug"]!.GetValue<string>()).ToArray();

    protected async Task<string> ETagOf(JsonNode article)
    {
        var response = await Factory.Editor().GetAsync($"{Api}/articles/{article["id"]}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.ETag();
    }

    protected async Task<HttpResponseMessage> SetRelated(JsonNode article, object articles, string? etag = null, HttpClient? client = null) =>
        await (client ?? Factory.Editor()).PutJson(RelatedUrl(article), new { articles }, etag ?? await ETagOf(article));

    protected async Task<HttpResponseMessage> Publish(JsonNode article)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/articles/{article["id"]}/publish");
        request.Headers.TryAddWithoutValidation("If-Match", await ETagOf(article));
        return await Factory.Editor().SendAsync(request);
    }

    protected Task<JsonNode> Story(string title, string body, string[] tags, string status = "published", string? section = null) =>
        CreateArticle(title, section: section, tags: tags, body: body, status: status);
}
