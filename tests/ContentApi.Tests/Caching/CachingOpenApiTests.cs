using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Caching;

/// <summary>What caching and the abuse limits add to the OpenAPI document.</summary>
public sealed class CachingOpenApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    // These tests only read (or are refused before writing), so the class shares one app and database.
    private ContentApiFactory Factory => factory;

    private async Task<JsonNode> Operation(string path, string method)
    {
        var document = await (await Factory.Anonymous().GetAsync("/openapi/v1.json")).ExpectJson(HttpStatusCode.OK);
        return document["paths"]![path]![method]!;
    }

    private static IEnumerable<string> ParameterNames(JsonNode operation) =>
        operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());

    [Fact]
    public async Task ListArticles_documents_fields_If_None_Match_304_and_429()
    {
        var operation = await Operation("/api/v1/articles", "get");

        Assert.Contains("fields", ParameterNames(operation));
        Assert.Contains("If-None-Match", ParameterNames(operation));
        var responses = operation["responses"]!.AsObject();
        Assert.True(responses.ContainsKey("304"));
        Assert.NotNull(responses["429"]!["headers"]!["Retry-After"]);
    }

    [Fact]
    public async Task GetArticle_documents_fields_with_the_article_field_names()
    {
        var operation = await Operation("/api/v1/articles/{idOrSlug}", "get");

        var fields = operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "fields")!;
        Assert.Contains("bodyHtml", fields["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateArticle_documents_413_and_429()
    {
        var responses = (await Operation("/api/v1/articles", "post"))["responses"]!.AsObject();

        Assert.True(responses.ContainsKey("413"));
        Assert.True(responses.ContainsKey("429"));
    }
}
