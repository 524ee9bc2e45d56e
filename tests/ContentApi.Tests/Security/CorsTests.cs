using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Security;

public sealed class CorsTests(SharedApp app, CorsTests.FrontendOriginApp frontendApp) : IClassFixture<SharedApp>, IClassFixture<CorsTests.FrontendOriginApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private const string Frontend = "https://www.example.com";

    private ContentApiFactory FrontendApp { get; } = frontendApp.Fresh();

    public sealed class FrontendOriginApp() : SharedApp(new() { ["Cors:AllowedOrigins:0"] = Frontend });

    private HttpClient WithFrontend() => FrontendApp.Anonymous();

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, $"{Api}/articles/some-id");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, if-match, content-type");
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    [Fact]
    public async Task Preflight_from_an_allowed_origin_allows_the_write_with_its_headers()
    {
        var response = await WithFrontend().SendAsync(Preflight(Frontend));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Frontend, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("PUT", Header(response, "Access-Control-Allow-Methods"));
        Assert.Contains("if-match", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preflight_from_another_origin_is_not_allowed()
    {
        var response = await WithFrontend().SendAsync(Preflight("https://evil.example.net"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Read_from_an_allowed_origin_exposes_ETag_and_Link()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/articles");
        request.Headers.Add("Origin", Frontend);

        var response = await WithFrontend().SendAsync(request);

        Assert.Equal(Frontend, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Header(response, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Link", Header(response, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_configured_origins_no_CORS_headers_are_sent()
    {
        var response = await Factory.Anonymous().SendAsync(Preflight(Frontend));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
