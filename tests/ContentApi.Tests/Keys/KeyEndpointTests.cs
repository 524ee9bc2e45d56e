using System.Net;
using ContentApi.Auth;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ContentApi.Tests.Keys.KeySteps;

namespace ContentApi.Tests.Keys;

public sealed class KeyEndpointTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task CreateKey_returns_201_with_Location_and_the_secret()
    {
        var response = await Factory.Admin().PostJson(KeySteps.Keys, new { name = "Web frontend", role = "preview" });

        var key = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/keys/{key.Str("id")}", response.Headers.Location?.OriginalString);
        Assert.StartsWith("cak_", key.Str("secret"), StringComparison.Ordinal);
        Assert.StartsWith(key.Str("prefix"), key.Str("secret"), StringComparison.Ordinal);
        Assert.Equal("preview", key.Str("role"));
        Assert.Equal("Web frontend", key.Str("name"));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Created_key_authenticates_with_its_role()
    {
        var key = await Factory.CreateKey("editor");

        var response = await Factory.CreateTagWith(key.Str("secret"));

        await response.ExpectJson(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Created_preview_key_is_403_on_an_editor_endpoint()
    {
        var key = await Factory.CreateKey("preview");

        var response = await Factory.CreateTagWith(key.Str("secret"));

        await response.ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Secret_is_stored_only_as_its_hash()
    {
        var key = await Factory.CreateKey("editor");
        var secret = key.Str("secret");

        using var db = Factory.CreateDbContext();
        var stored = await db.ApiKeys.SingleAsync(k => k.Id == Guid.Parse(key.Str("id")));
        Assert.Equal(ContentApi.Auth.ConfiguredApiKeyStore.Hash(secret), stored.Sha256);
        Assert.DoesNotContain(secret, new[] { stored.Name, stored.Prefix, stored.Sha256, stored.Role });
    }

    [Fact]
    public async Task GetKey_shows_the_key_without_its_secret()
    {
        var key = await Factory.CreateKey("admin", "Ops");

        var got = await (await Factory.Admin().GetAsync($"{KeySteps.Keys}/{key.Str("id")}")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal("Ops", got.Str("name"));
        Assert.Equal("admin", got.Str("role"));
        Assert.Equal(key.Str("prefix"), got.Str("prefix"));
        Assert.Null(got["secret"]);
        Assert.Null(got["revokedAt"]);
        Assert.Null(got["lastUsedAt"]);
    }

    [Fact]
    public async Task GetKey_returns_404_when_missing()
    {
        var response = await Factory.Admin().GetAsync($"{KeySteps.Keys}/{Guid.NewGuid()}");

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetKey_returns_400_naming_id_when_it_is_not_a_uuid()
    {
        var response = await Factory.Admin().GetAsync($"{KeySteps.Keys}/not-a-uuid");

        await response.ExpectValidationError("id");
    }

    [Fact]
    public async Task ListKeys_lists_newest_first_without_secrets()
    {
        var first = await Factory.CreateKey("preview", "first");
        var second = await Factory.CreateKey("editor", "second");

        var list = await (await Factory.Admin().GetAsync(KeySteps.Keys)).ExpectJson(HttpStatusCode.OK);

        var items = list["items"]!.AsArray();
        Assert.Equal([second.Str("id"), first.Str("id")], items.Select(i => i!.Str("id")));
        Assert.All(items, i => Assert.Null(i!["secret"]));
        Assert.Equal(2, list.Total());
    }

    [Fact]
    public async Task RevokeKey_makes_a_key_in_use_answer_401()
    {
        var key = await Factory.CreateKey("editor");
        await (await Factory.CreateTagWith(key.Str("secret"))).ExpectJson(HttpStatusCode.Created);

        var revoke = await Factory.Admin().DeleteAsync($"{KeySteps.Keys}/{key.Str("id")}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        var response = await Factory.CreateTagWith(key.Str("secret"));
        await response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task RevokeKey_keeps_the_key_listed_with_revokedAt()
    {
        var key = await Factory.CreateKey("editor");

        await Factory.Admin().DeleteAsync($"{KeySteps.Keys}/{key.Str("id")}");

        var got = await (await Factory.Admin().GetAsync($"{KeySteps.Keys}/{key.Str("id")}")).ExpectJson(HttpStatusCode.OK);
        Assert.NotNull(got["revokedAt"]);
    }

    [Fact]
    public async Task RevokeKey_returns_404_when_missing()
    {
        var response = await Factory.Admin().DeleteAsync($"{KeySteps.Keys}/{Guid.NewGuid()}");

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Expired_key_answers_401()
    {
        string secret;
        using (var db = Factory.CreateDbContext())
        {
            // The API refuses a past expiry, so the expired key is arranged in the database.
            (_, secret) = ApiKeySecrets.Create(db, "expired", "editor", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddDays(-1));
            await db.SaveChangesAsync();
        }

        var response = await Factory.CreateTagWith(secret);

        await response.ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Using_a_key_records_lastUsedAt()
    {
        var key = await Factory.CreateKey("editor");

        await (await Factory.CreateTagWith(key.Str("secret"))).ExpectJson(HttpStatusCode.Created);
        await Factory.Services.GetRequiredService<ApiKeyUsageRecorder>().WhenIdleAsync();

        var got = await (await Factory.Admin().GetAsync($"{KeySteps.Keys}/{key.Str("id")}")).ExpectJson(HttpStatusCode.OK);
        Assert.NotNull(got["lastUsedAt"]);
    }

    [Theory]
    [InlineData("""{ "role": "editor" }""", "name")]
    [InlineData("""{ "name": "", "role": "editor" }""", "name")]
    [InlineData("""{ "name": "x" }""", "role")]
    [InlineData("""{ "name": "x", "role": "owner" }""", "role")]
    [InlineData("""{ "name": "x", "role": "editor", "expiresAt": "2001-01-01T00:00:00Z" }""", "expiresAt")]
    [InlineData("""{ "name": "x", "role": "editor", "secret": "mine" }""", "secret")]
    public async Task CreateKey_returns_400_naming_the_field(string body, string field)
    {
        var response = await Factory.Admin().PostRaw(KeySteps.Keys, body);

        await response.ExpectValidationError(field);
    }

    [Fact]
    public async Task ListKeys_returns_400_for_a_limit_out_of_range()
    {
        var response = await Factory.Admin().GetAsync($"{KeySteps.Keys}?limit=0");

        await response.ExpectValidationError("limit");
    }
}
