using System.Globalization;
using System.Text;

namespace ContentApi.Search;

/// <summary>Cuts a reader's text into words as the index tokenizer does; the index quotes and ANDs them
/// (<see cref="Database.IArticleSearchIndex.Query"/>), so quotes, operators, *, ^, - and emoji are plain words or nothing.</summary>
public static class SearchTerms
{
    public const int MaxLength = 200;
    public const int MaxWords = 12;

    // A one- or two-letter prefix ("co"*) matches much of the vocabulary and so ranks most of the archive: short words are searched whole.
    private const int MinPrefixLength = 3;

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordPart(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        // A run of combining marks alone is no word to the tokenizer either: it would be an empty phrase.
        return words.Where(w => w.EnumerateRunes().Any(r => Rune.IsLetterOrDigit(r))).ToList();
    }

    /// <summary>The words of <paramref name="text"/> to search for, or an error that says what to fix.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<string> words, out string error)
    {
        words = [];
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "q must contain at least one word (letters or digits).";
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = $"q must be at most {MaxLength} characters.";
            return false;
        }

        words = Words(text);
        if (words.Count == 0)
        {
            error = "q must contain at least one word (letters or digits).";
            return false;
        }
        if (words.Count > MaxWords)
        {
            error = $"q must have at most {MaxWords} words.";
            return false;
        }

        return true;
    }

    /// <summary>Whether the last word is long enough to be searched as a prefix as well.</summary>
    public static bool CanBePrefix(string word) => word.Length >= MinPrefixLength;

    private static bool IsWordPart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
