using System.Text.RegularExpressions;
using ContentApi.Data.Entities;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
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

    public RenderedBody Render(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        var html = sanitizer.Sanitize(document.ToHtml(pipeline));
        var text = Whitespace().Replace(Markdown.ToPlainText(markdown, pipeline), " ").Trim();
        var words = text.Length == 0 ? 0 : Words().Count(text);
        var minutes = words == 0 ? 0 : Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute));
        return new RenderedBody(html, text, Outline(document), words, minutes);
    }

    private static List<OutlineEntry> Outline(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Level >= 2 && h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new OutlineEntry { Level = h.Level, Text = InlineText(h.Inline), Anchor = h.GetAttributes().Id! })
            .ToList();

    private static string InlineText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in new[] { "form", "input", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label", "datalist", "output", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param" })
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
