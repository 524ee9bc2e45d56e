using System.Collections;
using System.Text.Json;

namespace ContentApi.Http;

/// <summary>
/// No string in a request body may hold a C0 control character (U+0000 to U+001F) other than tab, line feed
/// and carriage return: a NUL or an escape sequence in a title reaches every database, log, terminal and page
/// that shows it. Checked on the bound request (so on every field, nested objects and lists included) before
/// its validator runs, and on the result of a merge patch.
/// </summary>
public static class ControlCharacters
{
    public static Dictionary<string, string[]> Find(object request)
    {
        var errors = new Dictionary<string, string[]>();
        Visit(request, "", errors, depth: 0);
        return errors;
    }

    private static void Visit(object? value, string path, Dictionary<string, string[]> errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Any(IsForbidden))
                {
                    errors[path.Length == 0 ? "$" : path] = ["Must not contain control characters (U+0000 to U+001F) other than tab and line breaks."];
                }
                return;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items) Visit(item, $"{path}[{i++}]", errors, depth + 1);
                return;
        }

        var type = value.GetType();
        // Only the request's own shapes are walked; numbers, dates, enums and ids hold no text.
        if (depth > 8 || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
        foreach (var property in type.GetProperties())
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Visit(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", errors, depth + 1);
        }
    }

    private static bool IsForbidden(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');
}
