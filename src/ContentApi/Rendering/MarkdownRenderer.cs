using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ContentApi.Data.Entities;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentApi.Rendering;

/// <summary>What a Markdown body turns into; computed on write so that reads never render.</summary>
public sealed record RenderedBody(string Html, string Text, List<OutlineEntry> Outline, int WordCount, int ReadingTimeMinutes);

/// <summary>
/// CommonMark (Markdig) to HTML, then sanitised (HtmlSanitizer) so that no script, event handler,
/// javascript:/data: URL, form, frame, plugin or style survives, whatever an editor or an import pastes.
/// Headings get stable GitHub-style anchors, which the outline lists.
/// <para>
/// The plain text and the outline are read from the sanitised HTML, not from the Markdown: they hold exactly
/// the text a reader sees, so raw HTML in the source (a <c>&lt;script&gt;</c> in a heading) never reaches a
/// frontend that renders them, and what the sanitiser removed is not searchable either.
/// </para>
/// </summary>
public sealed partial class MarkdownRenderer
{
    private const int WordsPerMinute = 230;

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "br", "figure", "figcaption",
        "section", "article", "aside", "header", "footer", "nav", "details", "summary",
    ];

    public RenderedBody Render(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        var html = sanitizer.Sanitize(document.ToHtml(pipeline));
        var text = VisibleText(html);
        var words = text.Length == 0 ? 0 : Words().Count(text);
        var minutes = words == 0 ? 0 : Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute));
        return new RenderedBody(html, text, Outline(document), words, minutes);
    }

    /// <summary>Each heading's text as its sanitised HTML shows it; a heading that shows nothing has no entry.</summary>
    private List<OutlineEntry> Outline(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Level >= 2 && h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new OutlineEntry { Level = h.Level, Text = HeadingText(h), Anchor = h.GetAttributes().Id! })
            .Where(entry => entry.Text.Length > 0)
            .ToList();

    private string HeadingText(HeadingBlock heading)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.WriteLeafInline(heading);
        writer.Flush();
        return VisibleText(sanitizer.Sanitize(writer.ToString()));
    }

    /// <summary>The text of sanitised HTML, block elements apart, images by their alt text, whitespace collapsed.</summary>
    private static string VisibleText(string sanitisedHtml)
    {
        var body = new HtmlParser().ParseDocument(sanitisedHtml).Body;
        var text = new StringBuilder(sanitisedHtml.Length);
        if (body is not null) AppendText(body, text);
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static void AppendText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                text.Append(child.TextContent);
                continue;
            }
            if (child is not IElement element) continue;
            // The footnote's way back to its reference (↩) is navigation, not text.
            if (element.ClassList.Contains("footnote-back-ref")) continue;
            if (element.LocalName == "img")
            {
                text.Append(' ').Append(element.GetAttribute("alt")).Append(' ');
                continue;
            }

            var block = BlockElements.Contains(element.LocalName);
            if (block) text.Append(' ');
            AppendText(element, text);
            if (block) text.Append(' ');
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in new[]
        {
            "form", "input", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label", "datalist", "output",
            "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        })
        {
            sanitizer.AllowedTags.Remove(tag);
        }
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("id");
        return sanitizer;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Words();
}
