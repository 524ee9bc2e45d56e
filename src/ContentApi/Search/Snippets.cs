using System.Text;

namespace ContentApi.Search;

/// <summary>A snippet as safe HTML. The index marks hits with control characters, not tags, so the text can be encoded
/// first and only our own &lt;mark&gt; tags are markup.</summary>
public static class Snippets
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    public static string ToHtml(string snippet)
    {
        var html = new StringBuilder(snippet.Length + 32);
        var open = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] is not (Open or Close)) continue;
            AppendEncoded(html, snippet.AsSpan(start, i - start));
            start = i + 1;
            if (i == snippet.Length) break;

            // Marks are balanced even if the text itself held the marker characters.
            if (snippet[i] == Open && !open) { html.Append("<mark>"); open = true; }
            else if (snippet[i] == Close && open) { html.Append("</mark>"); open = false; }
        }
        if (open) html.Append("</mark>");
        return html.ToString();
    }

    // Only the five characters that HTML gives meaning to; accented letters stay readable ("Genève", not "Gen&#xE8;ve").
    private static void AppendEncoded(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) && c is not ('\n' or '\t') => " ",
                _ => c.ToString(),
            });
        }
    }
}
