using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Keys;

/// <summary>Keys are made through the API by the factory's (configured) admin key, as an admin would.</summary>
public static class KeySteps
{
    public const string Keys = $"{Api}/keys";

    public static async Task<JsonNode> CreateKey(this ContentApiFactory factory, string role, string name = "test key", DateTime? expiresAt = null)
    {
        var response = await factory.Admin().PostJson(Keys, new { name, role, expiresAt });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    /// <summary>A request only an editor may make: it answers 201 with an editor key, 401 with a key that is not valid.</summary>
    public static Task<HttpResponseMessage> CreateTagWith(this ContentApiFactory factory, string key) =>
        factory.CreateClient(key).PostJson($"{Api}/tags", new { name = $"Tag {Guid.NewGuid():N}" });
}
