using System.Text;

namespace ContentApi.Seeding;

/// <summary>The sample page (shared/seed/sample-article.txt, embedded): section, headline, paragraphs and
/// sub-headings as plain lines, then page chrome ("+ posts", "Related Posts") that is not content.</summary>
public sealed record SampleArticle(string Section, string Title, string Standfirst, string Body)
{
    private static readonly string[] PageChrome = ["+ posts", "Related Posts"];

    public static SampleArticle Load()
    {
        using var stream = typeof(SampleArticle).Assembly.GetManifestResourceStream("ContentApi.Seeding.sample-article.txt")
            ?? throw new InvalidOperationException("The sample article is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static SampleArticle Parse(string text)
    {
        var blocks = text.Replace("\r\n", "\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !PageChrome.Contains(line))
            .ToList();

        var body = new StringBuilder();
        foreach (var block in blocks.Skip(3))
        {
            // A sub-heading is a short line that does not end a sentence.
            body.Append(IsHeading(block) ? $"## {block}" : block).Append("\n\n");
        }
        return new SampleArticle(blocks[0], blocks[1], blocks[2], body.ToString().TrimEnd() + "\n");
    }

    private static bool IsHeading(string line) => line.Length < 100 && !".!?\"”’".Contains(line[^1]);
}
