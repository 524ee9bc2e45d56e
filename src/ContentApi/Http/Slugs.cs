using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentApi.Http;

/// <summary>Lowercase ASCII slugs, generated from a title or name when the client gives none.</summary>
public static partial class Slugs
{
    public const string Pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    public static string From(string text, int maxLength = 80)
    {
        // "U.S." → "us", "NATO's" → "natos": dots and apostrophes join words rather than split them.
        var decomposed = Joiners().Replace(text, "").Normalize(NormalizationForm.FormKD);
        var ascii = new StringBuilder(decomposed.Length);
        // Lowercase first, so that capitals without a decomposition ("Łódź", "Ørsted") are transliterated too.
        foreach (var c in decomposed.ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            ascii.Append(c switch { 'ß' => "ss", 'æ' => "ae", 'ø' => "o", 'đ' => "d", 'ł' => "l", _ => c.ToString() });
        }

        var slug = NotSlug().Replace(ascii.ToString(), "-").Trim('-');
        if (slug.Length > maxLength) slug = slug[..maxLength].TrimEnd('-');
        return slug.Length == 0 ? "untitled" : slug;
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

    [GeneratedRegex(@"(?<=\w)[.'’](?=\w)|(?<=\w\.\w)\.")]
    private static partial Regex Joiners();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex(Pattern)]
    private static partial Regex SlugRegex();
}
