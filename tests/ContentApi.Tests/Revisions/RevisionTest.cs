using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Workflow;

namespace ContentApi.Tests.Revisions;

/// <summary>Revision tests run on the workflow tests' controlled clock, so that scheduling is exact.</summary>
public abstract class RevisionTest : WorkflowTest
{
    protected static string Revisions(JsonNode article, string rest = "") => Url(article, "/revisions" + rest);

    protected async Task<JsonNode> History(JsonNode article, HttpClient? client = null) =>
        await (await (client ?? Editor()).GetAsync(Revisions(article))).ExpectJson(HttpStatusCode.OK);

    protected static string[] Actions(JsonNode history) =>
        history["items"]!.AsArray().Select(i => i!["action"]!.GetValue<string>()).ToArray();

    protected Task<HttpResponseMessage> Restore(JsonNode article, int number, string? etag, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Revisions(article, $"/{number}/restore"));
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return (client ?? Editor()).SendAsync(request);
    }
}
