using System.Net;
using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.Auth;

/// <summary>Production ships with no key at all: not the development keys, not any other.</summary>
public sealed class ProductionKeyTests : IDisposable
{
    private readonly ContentApiFactory factory = new() { EnvironmentName = "Production", ConfigureTestKeys = false };

    [Fact]
    public async Task Production_starts_with_no_configured_or_stored_key()
    {
        Assert.Empty(factory.Services.GetRequiredService<IOptions<ApiKeyOptions>>().Value.Keys);
        using var scope = factory.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ApiKeys.CountAsync());
    }

    [Theory]
    [InlineData("contentapi-dev-editor-key")]
    [InlineData("contentapi-dev-admin-key")]
    public async Task Production_refuses_the_development_keys(string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);

        var response = await client.GetAsync("/api/v1/keys");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => factory.Dispose();
}
