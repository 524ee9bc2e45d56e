using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Keys;

/// <summary>Keys are made through the API by the factory's (configured) admin key, as an admin would.</summary>
public abstract class KeyTest : ApiTest
{
    protected const string Keys = $"{Api}/keys";

    protected async Task<JsonNode> CreateKey(string role, string name = "test key", DateTime? expiresAt = null)
    {
        var response = await Factory.Admin().PostJson(Keys, new { name, role, expiresAt });
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    /// <summary>A request only an editor may make: it answers 201 with an editor key, 401 with a key that is not valid.</summary>
    protected Task<HttpResponseMessage> CreateTagWith(string key) =>
        Factory.CreateClient(key).PostJson($"{Api}/tags", new { name = $"Tag {Guid.NewGuid():N}" });
}
