using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Articles;

/// <summary>Reading article lists the way a client does, shared by the article test classes.</summary>
internal static class ArticleReads
{
    public const string Articles = "/api/v1/articles";

    public static async Task<JsonNode> List(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync(Articles + query);
        return await response.ExpectJson(HttpStatusCode.OK);
    }

    public static int Total(this JsonNode list) => list["page"]!["total"]!.GetValue<int>();

    public static string[] Slugs(this JsonNode list) =>
        list["items"]!.AsArray().Select(item => item!["slug"]!.GetValue<string>()).ToArray();

    public static string? NextCursor(this JsonNode list) => list["page"]!["nextCursor"]?.GetValue<string>();

    public static string? PrevCursor(this JsonNode list) => list["page"]!["prevCursor"]?.GetValue<string>();

    public static string Str(this JsonNode node, string name) => node[name]!.GetValue<string>();

    /// <summary>Every article the editor can see, drafts included (drafts have no publishedAt, so they are listed by -updatedAt).</summary>
    public static async Task<int> EditorTotal(this ContentApiFactory factory) =>
        (await factory.Editor().List("?sort=-updatedAt")).Total();
}
