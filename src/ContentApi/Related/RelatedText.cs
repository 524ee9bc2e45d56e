using System.Collections.Frozen;

namespace ContentApi.Related;

/// <summary>Terms for text similarity: lowercased, stop words and numbers dropped, plurals and possessives folded,
/// so two reports of one story match on their specifics, not on grammar.</summary>
public static class RelatedText
{
    /// <summary>The headline says most about what a story is; the standfirst next; the body fills in.</summary>
    public const int TitleWeight = 3;
    public const int StandfirstWeight = 2;
    public const int BodyWeight = 1;

    /// <summary>How much of the body is read: the top of a news story names its subject; the rest adds little but cost.</summary>
    public const int BodyChars = 4_000;

    private static readonly FrozenSet<string> StopWords = """
        a about above after again against all almost also although always am among an and another any are around as at
        be became because become been before being below between both but by can could did do does doing down during
        each either else even ever every few for from further had has have having he her here hers herself him himself
        his how however i if in into is it its itself just least less like made make many may me might more most much
        must my myself neither never no nor not now of off often on once one only or other others our ours ourselves
        out over own per perhaps rather said same says say she should since so some still such than that the their
        theirs them themselves then there these they this those though through thus to too toward towards under until
        up upon us very via was we were what whatever when where whether which while who whom whose why will with
        within without would yet you your yours yourself yourselves new year years week weeks day days time told
        according including include includes two three first last next since back well get got going want took take
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Counts the terms of an article, the headline and standfirst weighted above the body.</summary>
    public static Dictionary<string, int> Terms(string title, string? standfirst, string? body)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(counts, title, TitleWeight);
        Add(counts, standfirst, StandfirstWeight);
        Add(counts, body is { Length: > BodyChars } ? body[..BodyChars] : body, BodyWeight);
        return counts;
    }

    private static void Add(Dictionary<string, int> counts, string? text, int weight)
    {
        if (string.IsNullOrEmpty(text)) return;
        Span<char> buffer = stackalloc char[48];
        var length = 0;
        foreach (var c in text.AsSpan())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length < buffer.Length) buffer[length++] = char.ToLowerInvariant(c);
                continue;
            }
            // An apostrophe inside a word ends it: "Russia's" counts as "russia".
            Flush(counts, buffer[..length], weight);
            length = 0;
        }
        Flush(counts, buffer[..length], weight);
    }

    private static void Flush(Dictionary<string, int> counts, ReadOnlySpan<char> word, int weight)
    {
        if (word.Length < 3 || char.IsDigit(word[0])) return;
        var term = Stem(word);
        if (StopWords.Contains(term)) return;
        counts[term] = counts.GetValueOrDefault(term) + weight;
    }

    /// <summary>A light plural fold, enough for news English; a full stemmer would also merge words that differ.</summary>
    private static string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies")) return string.Concat(word[..^3], "y");
        if (word.Length > 4 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i')) return new string(word[..^1]);
        return new string(word);
    }
}
