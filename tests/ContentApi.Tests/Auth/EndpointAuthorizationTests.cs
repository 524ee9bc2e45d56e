using System.Net;
using System.Text;
using ContentApi.Auth;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Auth;

/// <summary>
/// Every endpoint × every role, through HTTP: 401 without a key, 403 with a role too weak, neither with a
/// role strong enough, and public reads open to anyone. Each test reports every endpoint that breaks its
/// rule at once.
/// </summary>
public sealed class EndpointAuthorizationTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private async Task<(IReadOnlyList<EndpointCase> Cases, Dictionary<string, string> Ids)> Arrange()
    {
        var section = await Factory.CreateSection("International");
        var author = await Factory.CreateAuthor("Jane Doe");
        var tag = await Factory.CreateTag("Ukraine");
        var article = await Factory.CreateArticle("A story", section: "international", authors: ["jane-doe"], tags: ["ukraine"]);
        var key = await (await Factory.Admin().PostJson($"{Api}/keys", new { name = "spare", role = "preview" })).ExpectJson(HttpStatusCode.Created);
        var ids = new Dictionary<string, string>
        {
            ["articles"] = article.Str("id"),
            ["sections"] = section.Str("slug"),
            ["authors"] = author.Str("slug"),
            ["tags"] = tag.Str("slug"),
            ["keys"] = key.Str("id"),
        };
        return (await EndpointMatrix.ReadAsync(Factory.Services), ids);
    }

    private Task<HttpResponseMessage> Send(EndpointCase endpoint, Dictionary<string, string> ids, string? key)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), EndpointMatrix.Url(endpoint.Pattern, ids));
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, endpoint.ContentType);
        }
        return Factory.CreateClient(key).SendAsync(request);
    }

    private string KeyFor(string role) => role switch
    {
        Roles.Preview => Factory.PreviewKey,
        Roles.Editor => Factory.EditorKey,
        _ => Factory.AdminKey,
    };

    private static void AssertNone(List<string> failures) =>
        Assert.True(failures.Count == 0, string.Join('\n', failures));

    [Fact]
    public async Task Classification_sees_the_known_endpoints()
    {
        var (cases, _) = await Arrange();

        string Roles(string name) => cases.First(c => c.Name == name).AllowedRoles is { } roles ? string.Join(",", roles.Order()) : "public";
        Assert.Equal("public", Roles("GetArticle"));
        Assert.Equal("admin,editor,preview", Roles("CreatePreviewToken"));
        Assert.Equal("admin,editor", Roles("CreateArticle"));
        Assert.Equal("admin", Roles("CreateKey"));
        Assert.Equal("admin", Roles("RevokeKey"));
    }

    [Fact]
    public async Task Every_protected_endpoint_answers_401_problem_with_a_challenge_without_a_key()
    {
        var (cases, ids) = await Arrange();
        var failures = new List<string>();

        foreach (var endpoint in cases.Where(c => !c.IsPublic))
        {
            var response = await Send(endpoint, ids, key: null);
            if (response.StatusCode != HttpStatusCode.Unauthorized
                || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || response.Headers.WwwAuthenticate.SingleOrDefault()?.Scheme != "Bearer")
            {
                failures.Add($"{endpoint}: {(int)response.StatusCode} {response.Content.Headers.ContentType}, WWW-Authenticate: {response.Headers.WwwAuthenticate}");
            }
        }

        AssertNone(failures);
    }

    [Fact]
    public async Task Every_protected_endpoint_answers_403_problem_to_a_role_too_weak()
    {
        var (cases, ids) = await Arrange();
        var failures = new List<string>();

        foreach (var endpoint in cases.Where(c => !c.IsPublic))
        {
            foreach (var role in Roles.All.Except(endpoint.AllowedRoles!))
            {
                var response = await Send(endpoint, ids, KeyFor(role));
                if (response.StatusCode != HttpStatusCode.Forbidden || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{endpoint} as {role}: {(int)response.StatusCode}");
                }
            }
        }

        AssertNone(failures);
    }

    [Fact]
    public async Task Every_protected_endpoint_admits_a_role_strong_enough()
    {
        var (cases, ids) = await Arrange();
        var failures = new List<string>();

        foreach (var endpoint in cases.Where(c => !c.IsPublic))
        {
            foreach (var role in endpoint.AllowedRoles!)
            {
                var response = await Send(endpoint, ids, KeyFor(role));
                // The empty body may well be a 400 or the missing If-Match a 428: only auth failures and 5xx are wrong.
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || (int)response.StatusCode >= 500)
                {
                    failures.Add($"{endpoint} as {role}: {(int)response.StatusCode}");
                }
            }
        }

        AssertNone(failures);
    }

    [Fact]
    public async Task Every_public_endpoint_answers_without_a_key()
    {
        var (cases, ids) = await Arrange();
        var failures = new List<string>();

        foreach (var endpoint in cases.Where(c => c.IsPublic))
        {
            var response = await Send(endpoint, ids, key: null);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || (int)response.StatusCode >= 500)
            {
                failures.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }

        AssertNone(failures);
    }
}
