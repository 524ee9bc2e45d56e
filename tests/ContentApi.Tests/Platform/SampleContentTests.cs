using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Platform;

public sealed class SampleContentTests : IDisposable
{
    private readonly ContentApiFactory factory = new() { SeedSampleContent = true };

    [Fact]
    public async Task Fresh_install_serves_the_sample_article_with_section_author_and_outline()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/articles/us-may-abandon-peace-mediation-efforts-in-russia-ukraine-conflict");
        var article = await response.ExpectJson(HttpStatusCode.OK);

        Assert.Equal("U.S. May Abandon Peace Mediation Efforts in Russia-Ukraine Conflict", article["title"]!.GetValue<string>());
        Assert.Equal("International", article["section"]!["name"]!.GetValue<string>());
        Assert.Equal("Elena Marsh", article["authors"]![0]!["name"]!.GetValue<string>());
        Assert.StartsWith("The United States is reportedly prepared", article["standfirst"]!.GetValue<string>());
        var outline = article["outline"]!.AsArray().Select(o => o!["text"]!.GetValue<string>()).ToArray();
        Assert.Equal(
            ["War Fatigue and Hardening Positions", "Ukraine Focuses on Battlefield, U.S. Shifts to Strategic Containment", "Growing Role of Non-Western Mediators"],
            outline);
        Assert.Contains("id=\"war-fatigue-and-hardening-positions\"", article["bodyHtml"]!.GetValue<string>());
        Assert.DoesNotContain("Related Posts", article["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fresh_install_has_at_least_five_other_published_articles()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/articles");
        var list = await response.ExpectJson(HttpStatusCode.OK);
        Assert.True(list["page"]!["total"]!.GetValue<int>() >= 6);
    }

    [Fact]
    public async Task The_byline_links_to_the_authors_other_posts()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/authors/elena-marsh/articles");
        var list = await response.ExpectJson(HttpStatusCode.OK);
        Assert.True(list["items"]!.AsArray().Count >= 2);
    }

    public void Dispose() => factory.Dispose();
}
