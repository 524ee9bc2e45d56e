using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Auth;

public sealed class CredentialTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private Task<HttpResponseMessage> CreateTagWithHeader(string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/tags")
        {
            Content = new StringContent("""{ "name": "Tag" }""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return Factory.Anonymous().SendAsync(request);
    }

    [Theory]
    [InlineData("Bearer not-a-key")]
    [InlineData("Bearer cak_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("contentapi-dev-editor-key")]
    public async Task Unknown_or_malformed_credentials_answer_401_with_a_challenge(string authorization)
    {
        var response = await CreateTagWithHeader(authorization);

        await response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Unknown_key_on_a_public_read_is_treated_as_no_key()
    {
        var response = await Factory.CreateClient("not-a-key").GetAsync($"{Api}/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Missing_key_problem_says_how_to_send_one()
    {
        var response = await Factory.Anonymous().PostJson($"{Api}/tags", new { name = "Tag" });

        var problem = await response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Contains("Authorization: Bearer", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_weak_role_problem_names_the_roles()
    {
        var response = await Factory.Preview().PostJson($"{Api}/tags", new { name = "Tag" });

        var problem = await response.ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Contains("editor", problem.Str("detail"), StringComparison.Ordinal);
    }
}
