using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Platform;

public sealed class HealthTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    // These tests only read (or are refused before writing), so the class shares one app and database.
    private ContentApiFactory Factory => factory;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await Factory.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_routes_are_404_problems()
    {
        var response = await Factory.Anonymous().GetAsync("/api/v1/nothing-here");
        await response.ExpectProblem(HttpStatusCode.NotFound);
    }
}
