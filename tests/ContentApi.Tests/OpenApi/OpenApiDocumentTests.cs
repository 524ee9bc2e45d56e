using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.OpenApi;

/// <summary>The OpenAPI document is part of the product: integrations generate clients from it.</summary>
public sealed class OpenApiDocumentTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    // These tests only read (or are refused before writing), so the class shares one app and database.
    private ContentApiFactory Factory => factory;

    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private async Task<JsonNode> Document() =>
        await (await Factory.Anonymous().GetAsync("/openapi/v1.json")).ExpectJson(HttpStatusCode.OK);

    private async Task<List<(string Path, string Method, JsonNode Operation)>> Operations()
    {
        var paths = (await Document())["paths"]!.AsObject();
        return paths.SelectMany(p => p.Value!.AsObject()
                .Where(o => Methods.Contains(o.Key))
                .Select(o => (p.Key, o.Key, o.Value!)))
            .ToList();
    }

    [Fact]
    public async Task Document_is_OpenAPI_3_1_with_a_bearer_scheme()
    {
        var document = await Document();
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>());
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_operation_has_a_unique_name_a_summary_and_documented_errors()
    {
        var operations = await Operations();
        Assert.NotEmpty(operations);
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            Assert.False(string.IsNullOrWhiteSpace(operation["operationId"]?.GetValue<string>()), $"{where} has no operationId");
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{where} has no summary");
            var responses = operation["responses"]!.AsObject();
            Assert.Contains(responses, r => r.Key.StartsWith('2'));
            Assert.True(responses.ContainsKey("500"), $"{where} does not document 500");
        }

        var names = operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public async Task Writes_require_the_bearer_key_and_document_401_403_and_If_Match_failures()
    {
        foreach (var (path, method, operation) in await Operations())
        {
            if (method == "get") continue;
            var where = $"{method.ToUpperInvariant()} {path}";
            var security = operation["security"]!.AsArray();
            Assert.True(security.Any(s => s!.AsObject().ContainsKey("Bearer")), $"{where} has no Bearer security");
            Assert.DoesNotContain(security, s => s!.AsObject().Count == 0);
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("401") && responses.ContainsKey("403"), $"{where} lacks 401/403");
            // Keys carry no version: revoking one is idempotent and cannot overwrite anything, so it takes no If-Match.
            if (method is "put" or "patch" or "delete" && !path.StartsWith("/api/v1/keys", StringComparison.Ordinal))
            {
                Assert.True(responses.ContainsKey("412") && responses.ContainsKey("428"), $"{where} lacks 412/428");
            }
        }
    }

    [Fact]
    public async Task Integers_are_typed_as_integers_not_strings()
    {
        var text = (await Document()).ToJsonString();
        Assert.DoesNotContain("\"integer\",\"string\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"string\",\"integer\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_rules_appear_in_the_request_schemas()
    {
        var schemas = (await Document())["components"]!["schemas"]!;
        var article = schemas["ArticleRequest"]!;
        Assert.Contains("title", article["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(200, article["properties"]!["title"]!["maxLength"]!.GetValue<int>());
        Assert.NotNull(article["properties"]!["slug"]!["pattern"]);
        Assert.False(article["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(120, schemas["TagRequest"]!["properties"]!["name"]!["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task List_parameters_are_camelCase_with_their_bounds()
    {
        var parameters = (await Document())["paths"]!["/api/v1/articles"]!["get"]!["parameters"]!.AsArray();
        var limit = parameters.Single(p => p!["name"]!.GetValue<string>() == "limit")!;
        Assert.Equal(1, limit["schema"]!["minimum"]!.GetValue<int>());
        Assert.Equal(100, limit["schema"]!["maximum"]!.GetValue<int>());
        Assert.Contains(parameters, p => p!["name"]!.GetValue<string>() == "publishedAfter");
    }

    [Fact]
    public async Task Merge_patch_bodies_are_documented_with_every_field_optional()
    {
        var body = (await Document())["paths"]!["/api/v1/articles/{idOrSlug}"]!["patch"]!["requestBody"]!["content"]!;
        var schema = body["application/merge-patch+json"]!["schema"]!;
        Assert.NotNull(schema["properties"]!["title"]);
        Assert.True(schema["required"] is null || schema["required"]!.AsArray().Count == 0);
    }

    [Fact]
    public async Task Swagger_UI_is_served_and_reads_the_document()
    {
        var response = await Factory.Anonymous().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var config = await Factory.Anonymous().GetStringAsync("/swagger/index.js");
        Assert.Contains("/openapi/v1.json", config, StringComparison.Ordinal);
    }
}
