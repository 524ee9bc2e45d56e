using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Taxonomies;

/// <summary>POST, PUT, PATCH and DELETE as sections, authors and tags share them.</summary>
public sealed class TaxonomyWriteTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    // --- create ---

    [Theory, EachTaxonomy]
    public async Task Create_returns_201_with_location_and_etag_1(string resource)
    {
        var t = Taxonomy.Of(resource);

        var response = await Factory.Editor().PostJson(t.Url, t.Body("Business", text: "Markets and trade."));

        var created = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal($"{t.Url}/{created["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal("business", created.Str("slug"));
        Assert.Equal("Business", created.Str("name"));
        Assert.Equal("Markets and trade.", created.Str(t.TextField));
        Assert.Equal(0, created["articleCount"]!.GetValue<int>());
        Assert.Equal(1, created["version"]!.GetValue<long>());
    }

    [Theory]
    [EachTaxonomy("Café Société", "cafe-societe")]
    [EachTaxonomy("Tomás Ruiz-Łopez", "tomas-ruiz-lopez")]
    public async Task Create_generates_an_ascii_slug_from_the_name(string resource, string name, string slug)
    {
        var created = await Factory.Create(Taxonomy.Of(resource), name);
        Assert.Equal(slug, created.Str("slug"));
    }

    [Theory, EachTaxonomy]
    public async Task Create_with_a_name_already_used_gets_a_numbered_slug(string resource)
    {
        var t = Taxonomy.Of(resource);
        await Factory.Create(t, "Business");
        var second = await Factory.Create(t, "Business");
        Assert.Equal("business-2", second.Str("slug"));
    }

    [Theory, EachTaxonomy]
    public async Task Create_returns_409_naming_the_slug_when_the_explicit_slug_is_taken(string resource)
    {
        var t = Taxonomy.Of(resource);
        await Factory.Create(t, "Business");

        var response = await Factory.Editor().PostJson(t.Url, t.Body("Money", slug: "business"));

        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("business", problem.Str("detail"));
    }

    [Theory, EachTaxonomy]
    public async Task Create_returns_400_naming_slug_when_it_does_not_match_the_pattern(string resource)
    {
        var t = Taxonomy.Of(resource);
        var response = await Factory.Editor().PostJson(t.Url, t.Body("Business", slug: "Bad Slug"));
        await response.ExpectValidationError("slug");
    }

    [Theory]
    [EachTaxonomy(null)]
    [EachTaxonomy("")]
    [EachTaxonomy("   ")]
    public async Task Create_returns_400_naming_name_when_it_is_missing_or_empty(string resource, string? name)
    {
        var t = Taxonomy.Of(resource);
        var body = new Dictionary<string, object?> { [t.TextField] = "no name" };
        if (name is not null) body["name"] = name;

        var response = await Factory.Editor().PostJson(t.Url, body);

        await response.ExpectValidationError("name");
    }

    [Theory, EachTaxonomy]
    public async Task Create_returns_400_naming_name_when_it_is_too_long(string resource)
    {
        var t = Taxonomy.Of(resource);
        var response = await Factory.Editor().PostJson(t.Url, t.Body(new string('a', 121)));
        await response.ExpectValidationError("name");
    }

    [Theory, EachTaxonomy]
    public async Task Create_returns_400_naming_name_when_it_has_the_wrong_type(string resource)
    {
        var response = await Factory.Editor().PostRaw(Taxonomy.Of(resource).Url, """{"name": 5}""");
        await response.ExpectValidationError("name");
    }

    [Theory]
    [EachTaxonomy("id")]
    [EachTaxonomy("version")]
    [EachTaxonomy("articleCount")]
    [EachTaxonomy("colour")]
    public async Task Create_returns_400_naming_an_unknown_or_server_owned_field(string resource, string field)
    {
        var response = await Factory.Editor().PostRaw(Taxonomy.Of(resource).Url, $$"""{"name": "Business", "{{field}}": 1}""");
        await response.ExpectValidationError(field);
    }

    [Theory]
    [EachTaxonomy("""{"name": "Business" """)]
    [EachTaxonomy("""{"name": "Business",""")]
    [EachTaxonomy("{name: 'Business'}")]
    public async Task Create_returns_400_with_errors_for_malformed_json(string resource, string body)
    {
        var response = await Factory.Editor().PostRaw(Taxonomy.Of(resource).Url, body);
        var problem = await response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]!.AsObject());
    }

    [Theory, EachTaxonomy]
    public async Task Create_returns_400_for_a_json_null_body(string resource)
    {
        var response = await Factory.Editor().PostRaw(Taxonomy.Of(resource).Url, "null");
        await response.ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Theory, EachTaxonomy]
    public async Task Create_returns_401_with_a_challenge_without_a_key(string resource)
    {
        var t = Taxonomy.Of(resource);
        var response = await Factory.Anonymous().PostJson(t.Url, t.Body("Business"));
        await response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory, EachTaxonomy]
    public async Task Create_returns_403_with_a_preview_key(string resource)
    {
        var t = Taxonomy.Of(resource);
        var response = await Factory.Preview().PostJson(t.Url, t.Body("Business"));
        await response.ExpectProblem(HttpStatusCode.Forbidden);
    }

    // --- put ---

    [Theory, EachTaxonomy]
    public async Task Replace_returns_428_without_if_match(string resource)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Business");
        var response = await Factory.Editor().PutJson($"{t.Url}/{id}", t.Body("Money"), etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    [Theory, EachTaxonomy]
    public async Task Replace_returns_412_with_the_current_etag_when_if_match_is_stale(string resource)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Business");
        var response = await Factory.Editor().PutJson($"{t.Url}/{id}", t.Body("Money"), "\"99\"");
        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", response.ETag());
    }

    [Theory, EachTaxonomy]
    public async Task Replace_with_the_current_etag_replaces_it_and_bumps_the_etag(string resource)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Business");

        var response = await Factory.Editor().PutJson($"{t.Url}/{id}", t.Body("World Business", text: "Trade."), "\"1\"");

        var replaced = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("World Business", replaced.Str("name"));
        Assert.Equal("Trade.", replaced.Str(t.TextField));
        Assert.Equal("business", replaced.Str("slug"));
    }

    [Theory]
    [EachTaxonomy("0196a0f0-0000-7000-8000-000000000000")]
    [EachTaxonomy("not-a-guid")]
    public async Task Replace_returns_404_for_an_unknown_id(string resource, string id)
    {
        var t = Taxonomy.Of(resource);
        var response = await Factory.Editor().PutJson($"{t.Url}/{id}", t.Body("Money"), "\"1\"");
        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    // --- patch ---

    [Theory, EachTaxonomy]
    public async Task Patch_changes_only_the_given_fields(string resource)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Europe", text: "News from Europe.");

        var response = await Factory.Editor().PatchJson($"{t.Url}/{id}", new { name = "Europe & Balkans" }, "\"1\"");

        var patched = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("Europe & Balkans", patched.Str("name"));
        Assert.Equal("News from Europe.", patched.Str(t.TextField));
        Assert.Equal("europe", patched.Str("slug"));
    }

    [Theory, EachTaxonomy]
    public async Task Patch_with_null_clears_the_optional_text(string resource)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Business", text: "Markets.");

        var response = await Factory.Editor().PatchJson($"{t.Url}/{id}", new Dictionary<string, object?> { [t.TextField] = null }, "\"1\"");

        var patched = await response.ExpectJson(HttpStatusCode.OK);
        Assert.True(patched.AsObject().ContainsKey(t.TextField));
        Assert.Null(patched[t.TextField]);
        Assert.Equal("Business", patched.Str("name"));
    }

    [Theory]
    [EachTaxonomy("articleCount")]
    [EachTaxonomy("colour")]
    public async Task Patch_returns_400_naming_an_unknown_field(string resource, string field)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Business");
        var response = await Factory.Editor().PatchJson($"{t.Url}/{id}", new Dictionary<string, object?> { [field] = 9 }, "\"1\"");
        await response.ExpectValidationError(field);
    }

    [Theory, EachTaxonomy]
    public async Task Patch_returns_428_without_if_match(string resource)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Business");
        var response = await Factory.Editor().PatchJson($"{t.Url}/{id}", new { name = "Money" }, etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    // --- delete ---

    [Theory, EachTaxonomy]
    public async Task Delete_returns_428_without_if_match(string resource)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Business");
        var response = await Factory.Editor().Delete($"{t.Url}/{id}", etag: null);
        await response.ExpectProblem((HttpStatusCode)428);
    }

    [Theory, EachTaxonomy]
    public async Task Delete_with_if_match_returns_204_and_it_is_gone_by_id_and_slug(string resource)
    {
        var t = Taxonomy.Of(resource);
        var id = await Factory.CreateId(t, "Business");

        var response = await Factory.Editor().Delete($"{t.Url}/{id}", "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await Factory.Anonymous().GetAsync($"{t.Url}/{id}")).ExpectProblem(HttpStatusCode.NotFound);
        await (await Factory.Anonymous().GetAsync($"{t.Url}/business")).ExpectProblem(HttpStatusCode.NotFound);
    }
}
