using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Search;

public sealed class SearchOpenApiTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    // These tests only read (or are refused before writing), so the class shares one app and database.
    private ContentApiFactory Factory => factory;

    [Fact]
    public async Task OpenApi_documents_q_relevance_and_the_snippet()
    {
        var document = await (await Factory.Anonymous().GetAsync("/openapi/v1.json")).ExpectJson(HttpStatusCode.OK);

        var parameters = document["paths"]!["/api/v1/articles"]!["get"]!["parameters"]!.AsArray();
        var q = parameters.Single(p => p!["name"]!.GetValue<string>() == "q")!;
        var sort = parameters.Single(p => p!["name"]!.GetValue<string>() == "sort")!;
        Assert.Contains("prefix", q["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(200, q["schema"]!["maxLength"]!.GetValue<int>());
        Assert.Contains("relevance", sort["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(document["components"]!["schemas"]!["ArticleSummary"]!["properties"]!["snippet"]);
    }
}
