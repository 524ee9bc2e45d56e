using System.Net;
using ContentApi.Auth;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Auth;

public sealed class PreviewTokenTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private async Task<string> TokenFor(string articleId, HttpClient? client = null)
    {
        var response = await (client ?? Factory.Preview()).PostAsync($"{Api}/articles/{articleId}/preview-token", null);
        return (await response.ExpectJson(HttpStatusCode.OK)).Str("token");
    }

    [Fact]
    public async Task CreatePreviewToken_returns_a_token_its_expiry_and_url()
    {
        var draft = await Factory.CreateArticle("Draft", status: "draft");

        var response = await Factory.Preview().PostJson($"{Api}/articles/{draft.Str("slug")}/preview-token", new { expiresInMinutes = 30 });

        var token = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(draft.Str("id"), token.Str("articleId"));
        var expiresAt = token["expiresAt"]!.GetValue<DateTime>();
        Assert.InRange(expiresAt, DateTime.UtcNow.AddMinutes(29), DateTime.UtcNow.AddMinutes(31));
        Assert.Equal($"/api/v1/articles/{draft.Str("id")}?previewToken={Uri.EscapeDataString(token.Str("token"))}", token.Str("url"));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Preview_token_shows_a_draft_without_a_key()
    {
        var draft = await Factory.CreateArticle("Secret scoop", status: "draft");
        var token = await TokenFor(draft.Str("id"));

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{draft.Str("id")}?previewToken={Uri.EscapeDataString(token)}");

        var article = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("Secret scoop", article.Str("title"));
        Assert.Equal("draft", article.Str("status"));
    }

    [Fact]
    public async Task Preview_token_responses_are_never_cached()
    {
        var draft = await Factory.CreateArticle("Draft", status: "draft");
        var token = await TokenFor(draft.Str("id"));

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{draft.Str("slug")}?previewToken={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Preview_token_for_one_article_does_not_reveal_another()
    {
        var previewed = await Factory.CreateArticle("Previewed", status: "draft");
        var other = await Factory.CreateArticle("Other draft", status: "draft");
        var token = await TokenFor(previewed.Str("id"));

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{other.Str("id")}?previewToken={Uri.EscapeDataString(token)}");

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Preview_token_does_not_open_lists()
    {
        var draft = await Factory.CreateArticle("Listed draft", status: "draft");
        var token = await TokenFor(draft.Str("id"));

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles?previewToken={Uri.EscapeDataString(token)}");

        var list = await response.ExpectJson(HttpStatusCode.OK);
        Assert.DoesNotContain(draft.Str("slug"), list.Slugs());
    }

    [Fact]
    public async Task Preview_token_does_not_allow_writes()
    {
        var draft = await Factory.CreateArticle("Draft", status: "draft");
        var token = await TokenFor(draft.Str("id"), Factory.Editor());

        var response = await Factory.Anonymous().PostAsync($"{Api}/articles/{draft.Str("id")}/publish?previewToken={Uri.EscapeDataString(token)}", null);

        await response.ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tampered_preview_token_answers_401()
    {
        var draft = await Factory.CreateArticle("Draft", status: "draft");
        var token = await TokenFor(draft.Str("id"));
        var tampered = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{draft.Str("id")}?previewToken={Uri.EscapeDataString(tampered)}");

        var problem = await response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Contains("preview token", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_preview_token_answers_401()
    {
        var draft = await Factory.CreateArticle("Draft", status: "draft");
        // Issued already expired: the API never issues such a token, and a test must not wait an hour.
        var expired = Factory.Services.GetRequiredService<PreviewTokens>().Issue(Guid.Parse(draft.Str("id")), DateTimeOffset.UtcNow.AddMinutes(-1));

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{draft.Str("id")}?previewToken={Uri.EscapeDataString(expired)}");

        await response.ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreatePreviewToken_returns_404_for_an_unknown_article()
    {
        var response = await Factory.Preview().PostAsync($"{Api}/articles/no-such-article/preview-token", null);

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1441)]
    public async Task CreatePreviewToken_returns_400_for_a_lifetime_out_of_range(int minutes)
    {
        var draft = await Factory.CreateArticle("Draft", status: "draft");

        var response = await Factory.Preview().PostJson($"{Api}/articles/{draft.Str("id")}/preview-token", new { expiresInMinutes = minutes });

        await response.ExpectValidationError("expiresInMinutes");
    }

    [Fact]
    public async Task OpenApi_documents_the_previewToken_parameter_on_GetArticle()
    {
        var document = await (await Factory.Anonymous().GetAsync("/openapi/v1.json")).ExpectJson(HttpStatusCode.OK);

        var parameters = document["paths"]!["/api/v1/articles/{idOrSlug}"]!["get"]!["parameters"]!.AsArray();
        Assert.Contains(parameters, p => p!.Str("name") == "previewToken");
    }
}
