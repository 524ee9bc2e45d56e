using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Security;

/// <summary>Tiny limits in a long window, so that a test uses a budget up without waiting on the clock.</summary>
public sealed class RateLimitingTests
{
    // Each test has its own app with its own budgets: a limiter's counts live in the app.
    private static ContentApiFactory Limited(int reads = 100, int search = 100, int writes = 100)
    {
        var app = new ContentApiFactory();
        app.Settings["RateLimiting:Reads:PermitLimit"] = reads.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["RateLimiting:Search:PermitLimit"] = search.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["RateLimiting:Writes:PermitLimit"] = writes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var kind in new[] { "Reads", "Search", "Writes" }) app.Settings[$"RateLimiting:{kind}:Window"] = "01:00:00";
        return app;
    }

    private static HttpClient Client(ContentApiFactory app, string? key = null) => app.CreateClient(key);

    [Fact]
    public async Task Read_over_the_limit_is_a_429_problem_with_Retry_After()
    {
        using var app = Limited(reads: 2);
        var client = Client(app);
        await client.GetAsync($"{Api}/tags");
        await client.GetAsync($"{Api}/tags");

        var response = await client.GetAsync($"{Api}/tags");

        await response.ExpectProblem(HttpStatusCode.TooManyRequests);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero, $"Retry-After was {response.Headers.RetryAfter}");
    }

    [Fact]
    public async Task Writes_have_their_own_stricter_budget()
    {
        using var app = Limited(reads: 100, writes: 1);
        var editor = Client(app, app.EditorKey);
        (await editor.PostJson($"{Api}/tags", new { name = "First" })).EnsureSuccessStatusCode();

        var second = await editor.PostJson($"{Api}/tags", new { name = "Second" });

        await second.ExpectProblem(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"{Api}/tags")).StatusCode);
    }

    [Fact]
    public async Task Search_has_its_own_budget_apart_from_reads()
    {
        using var app = Limited(reads: 100, search: 1);
        var client = Client(app);
        await client.GetAsync($"{Api}/articles?q=ukraine");

        var search = await client.GetAsync($"{Api}/articles?q=ukraine");

        Assert.Equal(HttpStatusCode.TooManyRequests, search.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Api}/articles")).StatusCode);
    }

    [Fact]
    public async Task Each_API_key_has_its_own_budget_apart_from_anonymous_callers()
    {
        using var app = Limited(reads: 1);
        var editor = Client(app, app.EditorKey);
        await editor.GetAsync($"{Api}/tags");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await editor.GetAsync($"{Api}/tags")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Client(app, app.PreviewKey).GetAsync($"{Api}/tags")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(app).GetAsync($"{Api}/tags")).StatusCode);
    }

    [Fact]
    public async Task RateLimiting_turned_off_by_configuration_never_answers_429()
    {
        using var app = new ContentApiFactory { Settings = { ["RateLimiting:Enabled"] = "false", ["RateLimiting:Reads:PermitLimit"] = "1" } };
        var client = Client(app);
        await client.GetAsync($"{Api}/tags");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Api}/tags")).StatusCode);
    }

    [Fact]
    public async Task Health_checks_are_never_rate_limited()
    {
        using var app = Limited(reads: 1);
        var client = Client(app);
        await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
