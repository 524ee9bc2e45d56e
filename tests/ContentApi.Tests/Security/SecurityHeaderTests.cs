using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Security;

public sealed class SecurityHeaderTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    // These tests only read (or are refused before writing), so the class shares one app and database.
    private ContentApiFactory Factory => factory;

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    [Theory]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/articles/missing")]
    [InlineData("/health/live")]
    public async Task Response_carries_the_security_headers_and_a_strict_CSP(string url)
    {
        var response = await Factory.Anonymous().GetAsync(url);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task SwaggerUI_gets_a_CSP_that_lets_its_own_scripts_run()
    {
        var response = await Factory.Anonymous().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public async Task Problem_responses_carry_the_security_headers_too()
    {
        var response = await Factory.Anonymous().PostJson($"{Api}/tags", new { name = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }
}
