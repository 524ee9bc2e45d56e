using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentApi.Slugs;

/// <summary>
/// Lowercase ASCII slugs, generated from a title or name when the client gives none. Latin letters lose their
/// accents; Cyrillic (ICAO 9303) and Greek (ELOT 743) are transliterated. Letters of other scripts (CJK,
/// Arabic, Hebrew, ...) have no table here: the slug then ends in a short hash of the name, so that two
/// different names never share a slug (a tag is found again by its name's slug) and no name falls back to a
/// common one.
/// </summary>
public static partial class Slug
{
    public const string Pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    /// <summary>12 hex digits (48 bits): a collision among a million names is about one in 500.</summary>
    private const int HashLength = 12;

    public static string From(string text, int maxLength = 80)
    {
        // "U.S." → "us", "NATO's" → "natos": dots and apostrophes join words rather than split them.
        // Lowercase after decomposing, so that capitals without a decomposition ("Łódź", "Ørsted") are transliterated too.
        var letters = Joiners().Replace(text, "").Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        var ascii = new StringBuilder(letters.Length);
        var lossy = false;
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (c < 128) ascii.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else if (c == 'ο' && i + 1 < letters.Length && letters[i + 1] == 'υ') { ascii.Append("ou"); i++; }
            else if (Latin.TryGetValue(c, out var latin)) ascii.Append(latin);
            else if (CharUnicodeInfo.GetDecimalDigitValue(c) is >= 0 and var digit) ascii.Append((char)('0' + digit));
            else
            {
                // A letter (or an emoji, outside the BMP) that ASCII cannot spell: the name must keep it somehow.
                lossy |= char.IsLetterOrDigit(c) || char.IsSurrogate(c);
                ascii.Append(' ');
            }
        }

        var slug = NotSlug().Replace(ascii.ToString(), "-").Trim('-');
        if (!lossy && slug.Length > 0) return Truncate(slug, maxLength);

        var hash = HashOf(text);
        return slug.Length == 0 ? hash : $"{Truncate(slug, maxLength - HashLength - 1)}-{hash}";
    }

    /// <summary>The first of slug, slug-2, slug-3, … that <paramref name="isTaken"/> says is free.</summary>
    public static async Task<string> FirstFreeAsync(string slug, Func<string, Task<bool>> isTaken)
    {
        if (!await isTaken(slug)) return slug;
        for (var n = 2; ; n++)
        {
            var candidate = $"{slug}-{n}";
            if (!await isTaken(candidate)) return candidate;
        }
    }

    public static bool IsValid(string slug) => SlugRegex().IsMatch(slug);

    private static string Truncate(string slug, int maxLength) =>
        slug.Length > maxLength ? slug[..maxLength].TrimEnd('-') : slug;

    /// <summary>Of the name as a reader would compare it: same letters, any case, any spacing.</summary>
    private static string HashOf(string text)
    {
        var name = Whitespace().Replace(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant(), " ").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..HashLength];
    }

    /// <summary>Letters that lose nothing but their accent are handled by decomposition; these need a spelling.</summary>
    private static readonly FrozenDictionary<char, string> Latin = new Dictionary<char, string>
    {
        // Latin letters without a decomposition.
        ['ß'] = "ss", ['æ'] = "ae", ['ø'] = "o", ['đ'] = "d", ['ł'] = "l", ['þ'] = "th", ['ð'] = "d", ['œ'] = "oe",
        ['ı'] = "i", ['ħ'] = "h", ['ŧ'] = "t", ['ŋ'] = "ng",
        // Cyrillic, ICAO Doc 9303 (the passport table, one for every Cyrillic language); й, ё, ї, ў lose their marks above.
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['ђ'] = "d", ['е'] = "e", ['є'] = "ie",
        ['ж'] = "zh", ['з'] = "z", ['ѕ'] = "dz", ['и'] = "i", ['і'] = "i", ['ј'] = "j", ['к'] = "k", ['л'] = "l", ['љ'] = "lj",
        ['м'] = "m", ['н'] = "n", ['њ'] = "nj", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['ћ'] = "c",
        ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['џ'] = "dz", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "ie", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "iu", ['я'] = "ia",
        // Greek, ELOT 743 (ISO 843) transcription, letter by letter (and ου as ou); accents and diaereses go above.
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th", ['ι'] = "i",
        ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p", ['ρ'] = "r", ['σ'] = "s",
        ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",
    }.ToFrozenDictionary();

    [GeneratedRegex(@"(?<=\w)[.'’](?=\w)|(?<=\w\.\w)\.")]
    private static partial Regex Joiners();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(Pattern)]
    private static partial Regex SlugRegex();
}
