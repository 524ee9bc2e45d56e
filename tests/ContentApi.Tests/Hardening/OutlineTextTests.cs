using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Hardening;

/// <summary>Issue #13, item 11: outline text and bodyText are what a reader sees in the sanitised HTML, never markup.</summary>
public sealed class OutlineTextTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task Outline_text_carries_no_markup_only_what_the_rendered_heading_shows()
    {
        var article = await Factory.CreateArticle("Headings", body: """
            ## <script>alert(1)</script>

            ## <img src=x onerror=alert(2)>Photo essay

            ## Tom &amp; Jerry <b>bold</b> and `code`

            Text.
            """);

        var texts = article["outline"]!.AsArray().Select(o => o!.Str("text")).ToArray();
        Assert.Equal(["Photo essay", "Tom & Jerry bold and code"], texts);
        Assert.DoesNotContain("<script", article.Str("bodyHtml"));
    }

    [Fact]
    public async Task BodyText_leaves_out_what_the_sanitiser_removed()
    {
        var article = await Factory.CreateArticle("Inline script", body: "Hello <script>alert(1)</script> world, <b>bold</b> reader.\n\n<style>p{}</style>\n\nEnd.");

        var text = article.Str("bodyText");
        Assert.DoesNotContain("alert", text);
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain("p{}", text);
        Assert.Contains("Hello", text);
        Assert.Contains("bold reader", text);
    }
}
