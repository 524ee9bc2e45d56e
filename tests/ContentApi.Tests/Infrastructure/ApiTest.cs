using System.Net;
using System.Text.Json.Nodes;

namespace ContentApi.Tests.Infrastructure;

/// <summary>Base for HTTP tests: a fresh app and database per test, and helpers to arrange content through the API.</summary>
public abstract class ApiTest : IDisposable
{
    protected ApiTest() => Factory = new ContentApiFactory();

    protected ContentApiFactory Factory { get; }

    protected const string Api = "/api/v1";

    protected async Task<JsonNode> CreateSection(string name, string? parent = null)
    {
        var response = await Factory.Editor().PostJson($"{Api}/sections", new { name, parent });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    protected async Task<JsonNode> CreateAuthor(string name)
    {
        var response = await Factory.Editor().PostJson($"{Api}/authors", new { name });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    protected async Task<JsonNode> CreateTag(string name)
    {
        var response = await Factory.Editor().PostJson($"{Api}/tags", new { name });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    /// <summary>Creates an article (published unless told otherwise) and returns its JSON.</summary>
    protected async Task<JsonNode> CreateArticle(string title, string? section = null, string[]? authors = null, string[]? tags = null,
        string status = "published", string? body = null, DateTime? publishedAt = null)
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles",
            new { title, section, authors, tags, status, body, publishedAt });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
