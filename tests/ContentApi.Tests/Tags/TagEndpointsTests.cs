using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Tags;

/// <summary>What only tags do: deleting one in use untags its articles (sections and authors answer 409).
/// What tags share with sections and authors is tested in Taxonomies/.</summary>
public sealed class TagEndpointsTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private const string Tags = $"{Api}/tags";

    [Fact]
    public async Task DeleteTag_in_use_untags_its_articles()
    {
        var tag = await Factory.CreateTag("Energy");
        await Factory.CreateTag("Grids");
        var article = await Factory.CreateArticle("Power prices fall", tags: ["energy", "grids"]);

        var response = await Factory.Editor().Delete($"{Tags}/{tag["id"]}", "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = await (await Factory.Anonymous().GetAsync($"{Api}/articles/{article["id"]}")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["grids"], after["tags"]!.AsArray().Select(t => t!.Str("slug")));
    }
}
