using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Sections;

/// <summary>What only sections do: position, parents and their cycles, delete conflicts, and the section front.
/// What sections share with authors and tags is tested in Taxonomies/.</summary>
public sealed class SectionEndpointsTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private const string Sections = $"{Api}/sections";

    // --- create ---

    [Fact]
    public async Task CreateSection_stores_its_position_and_a_null_parent()
    {
        var response = await Factory.Editor().PostJson(Sections, new { name = "International", position = 3 });

        var section = await response.ExpectJson(HttpStatusCode.Created);
        Assert.Equal(3, section["position"]!.GetValue<int>());
        Assert.True(section.AsObject().ContainsKey("parent"));
        Assert.Null(section["parent"]);
    }

    [Fact]
    public async Task CreateSection_returns_400_naming_position_when_it_has_the_wrong_type()
    {
        var response = await Factory.Editor().PostRaw(Sections, """{"name": "Business", "position": "first"}""");
        await response.ExpectValidationError("position");
    }

    // --- parents ---

    [Fact]
    public async Task CreateSection_with_a_parent_slug_embeds_the_parent()
    {
        var parent = await Factory.CreateSection("International");

        var child = await Factory.CreateSection("Europe", parent: "international");

        Assert.Equal(parent.Str("id"), child["parent"]!.Str("id"));
        Assert.Equal("international", child["parent"]!.Str("slug"));
        Assert.Equal("International", child["parent"]!.Str("name"));
    }

    [Fact]
    public async Task CreateSection_returns_400_naming_parent_when_it_is_unknown()
    {
        var response = await Factory.Editor().PostJson(Sections, new { name = "Europe", parent = "nowhere" });
        await response.ExpectValidationError("parent");
    }

    [Fact]
    public async Task ReplaceSection_sets_the_parent_and_position()
    {
        await Factory.CreateSection("International");
        var id = (await Factory.CreateSection("Business")).Str("id");

        var response = await Factory.Editor().PutJson($"{Sections}/{id}",
            new { name = "World Business", description = "Trade.", parent = "international", position = 2 }, "\"1\"");

        var section = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("international", section["parent"]!.Str("slug"));
        Assert.Equal(2, section["position"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReplaceSection_returns_400_when_the_parent_is_its_own_sub_section()
    {
        var parent = await Factory.CreateSection("International");
        await Factory.CreateSection("Europe", parent: "international");

        var response = await Factory.Editor().PutJson($"{Sections}/{parent["id"]}", new { name = "International", parent = "europe" }, "\"1\"");

        await response.ExpectValidationError("parent");
    }

    [Fact]
    public async Task PatchSection_keeps_the_parent_and_position_it_was_not_given()
    {
        await Factory.CreateSection("International");
        var created = await Factory.Editor().PostJson(Sections, new { name = "Europe", parent = "international", position = 4 });
        var id = (await created.ExpectJson(HttpStatusCode.Created)).Str("id");

        var response = await Factory.Editor().PatchJson($"{Sections}/{id}", new { name = "Europe & Balkans" }, created.ETag());

        var section = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("international", section["parent"]!.Str("slug"));
        Assert.Equal(4, section["position"]!.GetValue<int>());
    }

    [Fact]
    public async Task PatchSection_returns_400_when_the_parent_is_a_descendant_or_itself()
    {
        var top = await Factory.CreateSection("International");
        await Factory.CreateSection("Europe", parent: "international");
        await Factory.CreateSection("Balkans", parent: "europe");

        var toGrandchild = await Factory.Editor().PatchJson($"{Sections}/{top["id"]}", new { parent = "balkans" }, "\"1\"");
        await toGrandchild.ExpectValidationError("parent");
        var toItself = await Factory.Editor().PatchJson($"{Sections}/{top["id"]}", new { parent = "international" }, "\"1\"");
        await toItself.ExpectValidationError("parent");
    }

    [Fact]
    public async Task PatchSection_moves_a_section_to_the_top_level_with_a_null_parent()
    {
        await Factory.CreateSection("International");
        var child = await Factory.CreateSection("Europe", parent: "international");

        var response = await Factory.Editor().PatchJson($"{Sections}/{child["id"]}", new Dictionary<string, object?> { ["parent"] = null }, "\"1\"");

        var section = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Null(section["parent"]);
    }

    // --- delete ---

    [Fact]
    public async Task DeleteSection_returns_409_while_it_has_articles()
    {
        var id = (await Factory.CreateSection("Business")).Str("id");
        await Factory.CreateArticle("Markets rally", section: "business");

        var response = await Factory.Editor().Delete($"{Sections}/{id}", "\"1\"");

        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("article", problem.Str("detail"));
        await (await Factory.Anonymous().GetAsync($"{Sections}/business")).ExpectJson(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DeleteSection_returns_409_while_it_has_sub_sections()
    {
        var id = (await Factory.CreateSection("International")).Str("id");
        await Factory.CreateSection("Europe", parent: "international");

        var response = await Factory.Editor().Delete($"{Sections}/{id}", "\"1\"");

        var problem = await response.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Contains("sub-section", problem.Str("detail"));
    }

    // --- the section front ---

    [Fact]
    public async Task ListSectionArticles_includes_the_articles_of_sub_sections()
    {
        await Factory.CreateSection("International");
        await Factory.CreateSection("Europe", parent: "international");
        await Factory.CreateSection("Business");
        await Factory.CreateArticle("World story", section: "international", publishedAt: DateTime.UtcNow.AddHours(-2));
        await Factory.CreateArticle("Europe story", section: "europe", publishedAt: DateTime.UtcNow.AddHours(-1));
        await Factory.CreateArticle("Business story", section: "business");

        var front = await (await Factory.Anonymous().GetAsync($"{Sections}/international/articles")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["europe-story", "world-story"], front.Slugs());

        var sub = await (await Factory.Anonymous().GetAsync($"{Sections}/europe/articles")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["europe-story"], sub.Slugs());
    }
}
