using System.Text;
using ContentApi.Data.Entities;
using ContentApi.Rendering;

namespace ContentApi.Seeding.Synthetic;

/// <summary>One Markdown block with what the app's renderer makes of it.</summary>
public sealed record RenderedBlock(string Markdown, string Html, string Text, int Words, OutlineEntry? Heading);

/// <summary>Bodies concatenated from blocks rendered once by <see cref="MarkdownRenderer"/>, so a million bodies cost no
/// parsing. Blocks are plain prose with distinct headings, so rendering a whole body gives the same (a test checks).</summary>
public sealed class SyntheticText
{
    private const int WordsPerMinute = 230;
    private const double TailShare = 0.3;

    private static readonly string[] Words =
    [
        "government", "minister", "officials", "said", "talks", "agreement", "policy", "market", "growth", "economy",
        "election", "voters", "campaign", "council", "report", "analysts", "investors", "prices", "energy", "climate",
        "security", "defence", "border", "region", "city", "residents", "community", "schools", "hospital", "health",
        "research", "scientists", "study", "data", "technology", "companies", "industry", "workers", "union", "strike",
        "budget", "taxes", "spending", "reform", "court", "judge", "ruling", "law", "parliament", "committee",
        "leaders", "summit", "allies", "sanctions", "trade", "exports", "imports", "shipping", "ports", "harvest",
        "farmers", "rainfall", "drought", "flooding", "storm", "weather", "season", "team", "coach", "players",
        "match", "league", "title", "record", "festival", "audience", "director", "film", "novel", "museum",
        "exhibition", "artists", "music", "concert", "critics", "history", "century", "decade", "week", "morning",
        "evening", "statement", "interview", "questions", "answers", "pressure", "support", "opposition", "coalition", "majority",
        "changes", "plans", "proposal", "deadline", "negotiators", "diplomats", "mission", "aid", "relief", "recovery",
        "infrastructure", "railway", "airport", "transport", "housing", "rents", "mortgages", "banks", "rates", "inflation",
        "the", "a", "of", "in", "on", "for", "with", "after", "before", "while", "as", "and", "but", "which", "that",
        "new", "early", "late", "local", "national", "international", "public", "private", "major", "small",
        "quietly", "sharply", "slowly", "openly", "again", "still", "already", "largely", "partly", "widely",
    ];

    private static readonly string[] HeadingStarts =
    [
        "What", "Why", "How", "Where", "Inside", "Behind", "Beyond", "After", "Before", "Counting",
        "Reading", "Weighing", "Measuring", "Testing", "Mapping", "Following", "Questioning", "Rethinking", "Tracing", "Watching",
    ];

    private readonly RenderedBlock[] paragraphs;
    private readonly RenderedBlock[] headings;

    // A paragraph is reused by about twelve articles in every pool's worth; a large pool keeps the tail
    // words of one paragraph in few articles (a rare name should match dozens, not a tenth of the archive).
    public SyntheticText(MarkdownRenderer renderer, Random random, int paragraphPool = 12_000, int headingPool = 400)
    {
        paragraphs = new RenderedBlock[paragraphPool];
        for (var i = 0; i < paragraphPool; i++) paragraphs[i] = Render(renderer, Paragraph(random), heading: false);

        // Distinct texts, so distinct anchors: a repeated heading would get an "-1" anchor from the renderer.
        var texts = new HashSet<string>();
        while (texts.Count < headingPool) texts.Add(Heading(random));
        headings = texts.Select(t => Render(renderer, "## " + t, heading: true)).ToArray();
    }

    /// <summary>A body of about 800 words: an introduction and 3 or 4 sub-headed parts.</summary>
    public RenderedBody Body(Random random, out string markdown)
    {
        var blocks = new List<RenderedBlock>(20);
        blocks.Add(paragraphs[random.Next(paragraphs.Length)]);
        blocks.Add(paragraphs[random.Next(paragraphs.Length)]);
        var parts = random.Next(3, 5);
        var used = new HashSet<int>();
        for (var p = 0; p < parts; p++)
        {
            int h;
            do h = random.Next(headings.Length); while (!used.Add(h));
            blocks.Add(headings[h]);
            for (var i = random.Next(2, 4); i > 0; i--) blocks.Add(paragraphs[random.Next(paragraphs.Length)]);
        }

        var md = new StringBuilder(6_000);
        var html = new StringBuilder(6_500);
        var text = new StringBuilder(5_000);
        var words = 0;
        var outline = new List<OutlineEntry>(parts);
        foreach (var block in blocks)
        {
            if (md.Length > 0) md.Append("\n\n");
            md.Append(block.Markdown);
            html.Append(block.Html);
            if (text.Length > 0) text.Append(' ');
            text.Append(block.Text);
            words += block.Words;
            if (block.Heading is { } heading) outline.Add(new OutlineEntry { Level = heading.Level, Text = heading.Text, Anchor = heading.Anchor });
        }

        markdown = md.ToString();
        var minutes = words == 0 ? 0 : Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute));
        return new RenderedBody(html.ToString(), text.ToString(), outline, words, minutes);
    }

    /// <summary>A sentence of 8 to 20 words, capitalised, ending in a full stop.</summary>
    public static string Sentence(Random random, int min = 8, int max = 20)
    {
        var count = random.Next(min, max + 1);
        var sentence = new StringBuilder(count * 8);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sentence.Append(i % 7 == 6 ? ", " : " ");
            sentence.Append(NextWord(random));
        }
        sentence[0] = char.ToUpperInvariant(sentence[0]);
        return sentence.Append('.').ToString();
    }

    /// <summary>Capitalised words for a title or heading, without a full stop.</summary>
    public static string Phrase(Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var words = Enumerable.Range(0, count).Select(_ => NextWord(random)).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }

    /// <summary>Three words in ten from the long tail (<see cref="SyntheticLexicon"/>), so search sees a realistic
    /// spread of word frequencies.</summary>
    private static string NextWord(Random random) =>
        random.NextDouble() < TailShare ? SyntheticLexicon.Next(random) : Words[random.Next(Words.Length)];

    private static string Paragraph(Random random)
    {
        // About 60 words: 4 sentences of 10 to 20.
        var sentences = Enumerable.Range(0, 4).Select(_ => Sentence(random, 10, 20));
        return string.Join(' ', sentences);
    }

    private static string Heading(Random random) =>
        $"{HeadingStarts[random.Next(HeadingStarts.Length)]} {Phrase(random, 2, 5).ToLowerInvariant()}";

    private static RenderedBlock Render(MarkdownRenderer renderer, string markdown, bool heading)
    {
        var rendered = renderer.Render(markdown);
        return new RenderedBlock(markdown, rendered.Html, rendered.Text, rendered.WordCount, heading ? rendered.Outline.Single() : null);
    }
}
