using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Articles;

/// <summary>The body is Markdown; readers get sanitised HTML, plain text, an outline with anchors, and reading figures.</summary>
public sealed class ArticleRenderingTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task Body_sub_headings_become_the_outline_with_anchors_that_bodyHtml_carries()
    {
        var article = await Factory.CreateArticle("Outlined", body: "Intro paragraph.\n\n## Sub heading\n\nText.\n\n### Deeper point\n\nMore text.");

        var outline = article["outline"]!.AsArray();
        Assert.Equal(2, outline.Count);
        Assert.Equal(2, outline[0]!["level"]!.GetValue<int>());
        Assert.Equal("Sub heading", outline[0]!.Str("text"));
        Assert.Equal("sub-heading", outline[0]!.Str("anchor"));
        Assert.Equal(3, outline[1]!["level"]!.GetValue<int>());
        Assert.Equal("deeper-point", outline[1]!.Str("anchor"));

        var html = article.Str("bodyHtml");
        Assert.Contains("<h2 id=\"sub-heading\">Sub heading</h2>", html);
        Assert.Contains("<h3 id=\"deeper-point\">", html);
    }

    [Fact]
    public async Task The_outline_is_served_on_read_as_it_was_rendered_on_write()
    {
        var created = await Factory.CreateArticle("Outlined", body: "## War Fatigue and Hardening Positions\n\nText.");

        var article = await (await Factory.Anonymous().GetAsync($"{Api}/articles/{created.Str("id")}")).ExpectJson(HttpStatusCode.OK);

        Assert.Equal("war-fatigue-and-hardening-positions", article["outline"]![0]!.Str("anchor"));
        Assert.Equal("War Fatigue and Hardening Positions", article["outline"]![0]!.Str("text"));
    }

    [Fact]
    public async Task Patching_the_body_renders_it_again()
    {
        var created = await Factory.CreateArticle("Re-rendered", body: "## First\n\nText.");

        var response = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { body = "## Second\n\nText." }, "\"1\"");

        var article = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("second", article["outline"]![0]!.Str("anchor"));
        Assert.Contains("id=\"second\"", article.Str("bodyHtml"));
        Assert.DoesNotContain("first", article.Str("bodyHtml"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>", "<script")]
    [InlineData("<img src=\"https://example.com/a.png\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("<a href=\"https://example.com\" onclick=\"alert(1)\">link</a>", "onclick")]
    [InlineData("[click me](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">link</a>", "javascript:")]
    [InlineData("![pixel](data:image/png;base64,iVBORw0KGgo=)", "data:")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "data:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"pw\"><button>Go</button></form>", "<form")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"pw\"></form>", "<input")]
    [InlineData("<style>body { display: none }</style>", "<style")]
    [InlineData("<p style=\"position: fixed; top: 0\">styled</p>", "style=")]
    [InlineData("<object data=\"https://evil.example/x.swf\"></object>", "<object")]
    [InlineData("<embed src=\"https://evil.example/x.swf\">", "<embed")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<script")]
    public async Task BodyHtml_is_sanitised(string dangerous, string absent)
    {
        var body = $"Safe paragraph before.\n\n{dangerous}\n\nSafe paragraph after.";

        var article = await Factory.CreateArticle("Sanitised", body: body);

        var html = article.Str("bodyHtml");
        Assert.DoesNotContain(absent, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Safe paragraph before.", html);
        Assert.Contains("Safe paragraph after.", html);
        // The editor's source is kept as written: only the rendered HTML is cleaned.
        Assert.Equal(body, article.Str("body"));
    }

    [Fact]
    public async Task BodyHtml_keeps_ordinary_links_and_images()
    {
        var article = await Factory.CreateArticle("Linked", body: "See [the report](https://example.com/report) and ![a map](https://example.com/map.png).");

        var html = article.Str("bodyHtml");
        Assert.Contains("href=\"https://example.com/report\"", html);
        Assert.Contains("src=\"https://example.com/map.png\"", html);
    }

    [Fact]
    public async Task BodyText_is_plain_text_without_markup()
    {
        var article = await Factory.CreateArticle("Plain", body: "## Heading\n\nSome **bold** and _italic_ words with [a link](https://example.com).\n\n<b>html</b>");

        var text = article.Str("bodyText");
        Assert.Contains("Heading", text);
        Assert.Contains("Some bold and italic words with a link.", text);
        foreach (var markup in new[] { "**", "##", "](", "<", ">", "https://example.com" })
        {
            Assert.DoesNotContain(markup, text);
        }
    }

    [Theory]
    [InlineData(460, 2)]
    [InlineData(100, 1)]
    [InlineData(1150, 5)]
    public async Task WordCount_and_readingTimeMinutes_follow_the_body(int words, int minutes)
    {
        var body = string.Join(' ', Enumerable.Range(0, words).Select(i => $"word{i}"));

        var article = await Factory.CreateArticle("Counted", body: body);

        Assert.Equal(words, article["wordCount"]!.GetValue<int>());
        Assert.Equal(minutes, article["readingTimeMinutes"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_article_without_a_body_has_no_words_and_an_empty_outline()
    {
        var article = await Factory.CreateArticle("Headline only");

        Assert.Equal(0, article["wordCount"]!.GetValue<int>());
        Assert.Equal(0, article["readingTimeMinutes"]!.GetValue<int>());
        Assert.Empty(article["outline"]!.AsArray());
        Assert.Equal("", article.Str("bodyHtml"));
    }
}
