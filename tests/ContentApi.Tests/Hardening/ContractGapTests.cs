using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Hardening;

/// <summary>Issue #13, item 13: every problem has a type and a detail, HEAD works, enums and strings are strict, and caching is deliberate.</summary>
public sealed class ContractGapTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private static async Task<JsonNode> ExpectFullProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ExpectProblem(status);
        Assert.False(string.IsNullOrEmpty(problem["type"]?.GetValue<string>()), $"No type: {problem.ToJsonString()}");
        Assert.False(string.IsNullOrEmpty(problem["detail"]?.GetValue<string>()), $"No detail: {problem.ToJsonString()}");
        return problem;
    }

    [Fact]
    public async Task A_write_without_If_Match_is_a_428_with_a_type()
    {
        var article = await Factory.CreateArticle("Precondition");

        var response = await Factory.Editor().PutJson($"{Api}/articles/{article.Str("id")}", new { title = "Changed" }, etag: null);

        await ExpectFullProblem(response, HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task A_rate_limited_request_is_a_429_with_a_type()
    {
        using var limited = new ContentApiFactory();
        limited.Settings["RateLimiting:Reads:PermitLimit"] = "1";
        limited.Settings["RateLimiting:Reads:Window"] = "01:00:00";
        var client = limited.Anonymous();
        await client.GetAsync($"{Api}/tags");

        await ExpectFullProblem(await client.GetAsync($"{Api}/tags"), HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Unsupported_media_type_unknown_route_and_wrong_method_problems_have_a_detail()
    {
        var plain = await Factory.Editor().PostAsync($"{Api}/tags", new StringContent("name=x", Encoding.UTF8, "text/plain"));
        await ExpectFullProblem(plain, HttpStatusCode.UnsupportedMediaType);

        await ExpectFullProblem(await Factory.Anonymous().GetAsync($"{Api}/no-such-thing"), HttpStatusCode.NotFound);
        await ExpectFullProblem(await Factory.Anonymous().GetAsync("/no-such-thing"), HttpStatusCode.NotFound);
        await ExpectFullProblem(await Factory.Editor().PatchJson($"{Api}/tags", new { name = "x" }, null), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_a_413_with_a_detail()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"name":"{{new string('x', 300 * 1024)}}"}""")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/tags") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        // Only Kestrel enforces the body limit while a chunked body is read; the in-memory test server does not.
        using var kestrel = new ContentApiFactory();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", kestrel.EditorKey);

        await ExpectFullProblem(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("tags")]
    [InlineData("articles")]
    [InlineData("keys")]
    public async Task An_empty_body_says_a_JSON_body_is_required_without_framework_wording(string resource)
    {
        var response = await Factory.Admin().PostAsync($"{Api}/{resource}", new StringContent("", Encoding.UTF8, "application/json"));

        var problem = await ExpectFullProblem(response, HttpStatusCode.BadRequest);
        var text = problem.ToJsonString();
        Assert.DoesNotContain("Implicit body", text);
        Assert.DoesNotContain("parameter", text);
        Assert.Contains("JSON", text);
    }

    [Theory]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/tags")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HEAD_answers_as_GET_without_a_body(string url)
    {
        await Factory.CreateArticle("Headed");
        var get = await Factory.Anonymous().GetAsync(url);

        var head = await Factory.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HEAD_of_an_article_answers_its_ETag_and_304_like_GET()
    {
        var article = await Factory.CreateArticle("Headed article");
        var url = $"{Api}/articles/{article.Str("slug")}";
        var etag = (await Factory.Anonymous().GetAsync(url)).ETag();

        var head = await Factory.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        var conditional = new HttpRequestMessage(HttpMethod.Head, url);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(etag, head.ETag());
        Assert.Equal(HttpStatusCode.NotModified, (await Factory.Anonymous().SendAsync(conditional)).StatusCode);
    }

    [Theory]
    [InlineData("articles", """{"title":"Loud","status":"DRAFT"}""", "status", "draft")]
    [InlineData("articles", """{"title":"Loud","status":"Published"}""", "status", "published")]
    [InlineData("keys", """{"name":"Loud","role":"ADMIN"}""", "role", "admin")]
    public async Task Enum_values_are_case_sensitive_and_the_error_names_the_allowed_values(string resource, string json, string field, string allowed)
    {
        var response = await Factory.Admin().PostAsync($"{Api}/{resource}", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ExpectValidationError(field);
        Assert.Contains(allowed, problem["errors"]![field]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("tags", "name", "Null\u0000byte")]
    [InlineData("sections", "name", "Bell\u0007")]
    [InlineData("authors", "name", "Escape\u001b[31m")]
    [InlineData("articles", "title", "Title\u0000")]
    public async Task Control_characters_in_strings_are_a_400_naming_the_field(string resource, string field, string value)
    {
        var body = resource == "articles" ? (object)new { title = value } : new { name = value };

        var response = await Factory.Editor().PostJson($"{Api}/{resource}", body);

        await response.ExpectValidationError(field);
    }

    [Fact]
    public async Task Control_characters_are_named_in_nested_fields_and_lists_while_body_text_keeps_tabs_and_newlines()
    {
        var nested = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Nested", seo = new { title = "a\u0000" } });
        await nested.ExpectValidationError("seo.title");
        var listed = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Listed", tags = new[] { "ok", "bad\u0001" } });
        await listed.ExpectValidationError("tags[1]");
        var inBody = await Factory.Editor().PostJson($"{Api}/articles", new { title = "In body", body = "a\u0000b" });
        await inBody.ExpectValidationError("body");

        var fine = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Fine", body = "Line one\n\n\tIndented\r\nLine two" });
        await fine.ExpectJson(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Control_characters_in_a_merge_patch_are_a_400()
    {
        var article = await Factory.CreateArticle("Patched");

        var response = await Factory.Editor().PatchJson($"{Api}/articles/{article.Str("id")}", new { title = "x\u0000" }, "\"1\"");

        await response.ExpectValidationError("title");
    }

    [Fact]
    public async Task An_anonymous_404_and_a_301_say_how_long_they_may_be_cached()
    {
        var created = await Factory.CreateArticle("Old headline");
        await (await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { slug = "new-headline" }, "\"1\"")).ExpectJson(HttpStatusCode.OK);

        var missing = await Factory.Anonymous().GetAsync($"{Api}/articles/never-was");
        var moved = await Factory.Anonymous().GetAsync($"{Api}/articles/old-headline");
        var unknownRoute = await Factory.Anonymous().GetAsync($"{Api}/nothing/here");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("public, max-age=10", missing.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=10", unknownRoute.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("public, max-age=300", moved.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Keyed_404s_are_not_stored()
    {
        var missing = await Factory.Editor().GetAsync($"{Api}/articles/never-was");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(missing.Headers.CacheControl?.NoStore is true || missing.Headers.CacheControl?.Private is true, $"{missing.Headers.CacheControl}");
    }

    [Fact]
    public async Task The_OpenAPI_servers_do_not_echo_the_request_Host()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "evil.example";

        var document = await (await Factory.Anonymous().SendAsync(request)).ExpectJson(HttpStatusCode.OK);

        Assert.DoesNotContain("evil.example", document["servers"]?.ToJsonString() ?? "");
        Assert.Equal("/", document["servers"]![0]!.Str("url"));
    }

    [Fact]
    public async Task The_OpenAPI_servers_use_the_configured_public_url()
    {
        using var configured = new ContentApiFactory();
        configured.Settings["OpenApi:ServerUrl"] = "https://api.example.com";
        var document = await (await configured.Anonymous().GetAsync("/openapi/v1.json")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal("https://api.example.com", document["servers"]![0]!.Str("url"));
        Assert.DoesNotContain("\"HEAD\"", document["paths"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_OpenAPI_document_still_lists_enum_values_as_lowercase_strings()
    {
        var document = await (await Factory.Anonymous().GetAsync("/openapi/v1.json")).ExpectJson(HttpStatusCode.OK);

        var status = document["components"]!["schemas"]!["ArticleStatus"]!;
        Assert.Contains("string", status["type"]!.ToJsonString());
        Assert.Contains("draft", status["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Contains("published", status["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }
}
