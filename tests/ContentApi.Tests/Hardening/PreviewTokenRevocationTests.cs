using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Hardening;

/// <summary>Issue #13, item 9: a preview token lives no longer than the key that minted it.</summary>
public sealed class PreviewTokenRevocationTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private async Task<(string Id, string Secret)> CreateKey(string role)
    {
        var key = await (await Factory.Admin().PostJson($"{Api}/keys", new { name = "Preview frontend", role })).ExpectJson(HttpStatusCode.Created);
        return (key.Str("id"), key.Str("secret"));
    }

    private async Task<string> TokenFor(string articleId, string secret)
    {
        var response = await Factory.CreateClient(secret).PostAsync($"{Api}/articles/{articleId}/preview-token", null);
        return (await response.ExpectJson(HttpStatusCode.OK)).Str("token");
    }

    private Task<HttpResponseMessage> Open(string articleId, string token) =>
        Factory.Anonymous().GetAsync($"{Api}/articles/{articleId}?previewToken={Uri.EscapeDataString(token)}");

    [Fact]
    public async Task Revoking_a_key_revokes_the_preview_tokens_it_minted_at_once()
    {
        var draft = await Factory.CreateArticle("Embargoed", status: "draft");
        var (keyId, secret) = await CreateKey("preview");
        var token = await TokenFor(draft.Str("id"), secret);
        await (await Open(draft.Str("id"), token)).ExpectJson(HttpStatusCode.OK);

        (await Factory.Admin().DeleteAsync($"{Api}/keys/{keyId}")).EnsureSuccessStatusCode();

        var response = await Open(draft.Str("id"), token);
        var problem = await response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.Str("detail"));
    }

    [Fact]
    public async Task Revoking_one_key_leaves_the_tokens_of_another_working()
    {
        var draft = await Factory.CreateArticle("Embargoed", status: "draft");
        var (revokedId, revokedSecret) = await CreateKey("preview");
        var (_, keptSecret) = await CreateKey("editor");
        await TokenFor(draft.Str("id"), revokedSecret);
        var kept = await TokenFor(draft.Str("id"), keptSecret);

        (await Factory.Admin().DeleteAsync($"{Api}/keys/{revokedId}")).EnsureSuccessStatusCode();

        await (await Open(draft.Str("id"), kept)).ExpectJson(HttpStatusCode.OK);
    }
}
