using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Security;

public sealed class RequestBodyLimitTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task CreateArticle_with_a_body_over_200_KB_is_a_413_problem()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Huge", body = new string('a', 210 * 1024) });

        var problem = await response.ExpectProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("204800", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateArticle_with_a_body_under_the_limit_is_accepted()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Long", body = new string('a', 100 * 1024) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
