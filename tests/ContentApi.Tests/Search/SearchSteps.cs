using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Articles;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Search;

/// <summary>Articles with a standfirst and body, and searches the way a client sends them.</summary>
public static class SearchSteps
{
    public static async Task<JsonNode> CreateStory(this ContentApiFactory factory, string title, string? standfirst = null, string? body = null,
        string? section = null, string[]? tags = null, string status = "published", DateTime? publishedAt = null)
    {
        var response = await factory.Editor().PostJson($"{Api}/articles",
            new { title, standfirst, body, section, tags, status, publishedAt });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    public static Task<JsonNode> Search(HttpClient client, string q, string more = "") =>
        client.List($"?q={Uri.EscapeDataString(q)}{more}");

    public static Task<HttpResponseMessage> SearchRaw(HttpClient client, string q, string more = "") =>
        client.GetAsync($"{ArticleReads.Articles}?q={Uri.EscapeDataString(q)}{more}");

    public static string? SnippetOf(JsonNode list, string slug) =>
        list["items"]!.AsArray().Single(i => i!["slug"]!.GetValue<string>() == slug)!["snippet"]?.GetValue<string>();
}
