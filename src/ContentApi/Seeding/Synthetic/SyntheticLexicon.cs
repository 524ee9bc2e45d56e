using System.Text;

namespace ContentApi.Seeding.Synthetic;

/// <summary>The long tail of rare names, so searches don't match most of the archive as no real site would. Syllable
/// words (nothing Markdown or HTML treats specially) from a fixed seed, drawn by Zipf rank.</summary>
public static class SyntheticLexicon
{
    public const int Size = 20_000;

    private static readonly string[] Onsets = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r",
        "s", "sh", "st", "t", "tr", "v", "w", "z"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "ia"];
    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "m", "nd", "st", "th"];

    private static readonly string[] Words = Build();
    private static readonly Zipf Draw = new(Size, 1.0);

    /// <summary>A tail word by Zipf rank (0 is the commonest).</summary>
    public static string Next(Random random) => Words[Draw.Next(random)];

    /// <summary>The word of popularity rank <paramref name="rank"/>.</summary>
    public static string At(int rank) => Words[rank];

    private static string[] Build()
    {
        var random = new Random(20_261_125);
        var words = new HashSet<string>(Size);
        var ordered = new List<string>(Size);
        var word = new StringBuilder(12);
        while (ordered.Count < Size)
        {
            word.Clear();
            for (var s = random.Next(2, 4); s > 0; s--)
            {
                word.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]).Append(Codas[random.Next(Codas.Length)]);
            }
            var candidate = word.ToString();
            if (words.Add(candidate)) ordered.Add(candidate);
        }
        return ordered.ToArray();
    }
}
