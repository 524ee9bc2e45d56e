using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Workflow.WorkflowSteps;

namespace ContentApi.Tests.Revisions;

/// <summary>Reading an article's history and restoring a revision, on the workflow tests' controlled clock.</summary>
public static class RevisionSteps
{
    public static string Revisions(JsonNode article, string rest = "") => Url(article, "/revisions" + rest);

    public static async Task<JsonNode> History(this ContentApiFactory factory, JsonNode article, HttpClient? client = null) =>
        await (await (client ?? factory.Editor()).GetAsync(Revisions(article))).ExpectJson(HttpStatusCode.OK);

    public static string[] Actions(JsonNode history) =>
        history["items"]!.AsArray().Select(i => i!["action"]!.GetValue<string>()).ToArray();

    public static Task<HttpResponseMessage> Restore(this ContentApiFactory factory, JsonNode article, int number, string? etag, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Revisions(article, $"/{number}/restore"));
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return (client ?? factory.Editor()).SendAsync(request);
    }
}
