using System.Net;
using System.Text.Json.Nodes;

namespace ContentApi.Tests.Infrastructure;

/// <summary>Arranging content through the API as an editor does; import with <c>using static</c> for <see cref="Api"/>.</summary>
public static class Arrange
{
    public const string Api = "/api/v1";

    public static async Task<JsonNode> CreateSection(this ContentApiFactory factory, string name, string? parent = null)
    {
        var response = await factory.Editor().PostJson($"{Api}/sections", new { name, parent });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    public static async Task<JsonNode> CreateAuthor(this ContentApiFactory factory, string name)
    {
        var response = await factory.Editor().PostJson($"{Api}/authors", new { name });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    public static async Task<JsonNode> CreateTag(this ContentApiFactory factory, string name)
    {
        var response = await factory.Editor().PostJson($"{Api}/tags", new { name });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    /// <summary>Creates an article (published unless told otherwise) and returns its JSON.</summary>
    public static async Task<JsonNode> CreateArticle(this ContentApiFactory factory, string title, string? section = null, string[]? authors = null,
        string[]? tags = null, string status = "published", string? body = null, DateTime? publishedAt = null)
    {
        var response = await factory.Editor().PostJson($"{Api}/articles",
            new { title, section, authors, tags, status, body, publishedAt });
        return await response.ExpectJson(HttpStatusCode.Created);
    }
}
