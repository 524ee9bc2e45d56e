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

    /// <summary>Every article the editor can see, drafts included (drafts have no publishedAt, so they are listed by -updatedAt).</summary>
    public static async Task<int> EditorTotal(this ContentApiFactory factory) =>
        (await factory.Editor().List("?sort=-updatedAt")).Total();
}
