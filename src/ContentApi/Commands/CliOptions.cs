namespace ContentApi.Commands;

/// <summary>A command's <c>--name value</c> options. Names with ':' and --environment, --contentRoot, --urls are host
/// configuration and left alone; any other unknown option is a usage error, so a typo is not ignored.</summary>
public sealed class CliOptions
{
    private static readonly string[] HostOptions = ["environment", "contentRoot", "applicationName", "urls"];

    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Positional { get; }

    private CliOptions(List<string> positional) => Positional = positional;

    public string? this[string name] => values.GetValueOrDefault(name);

    /// <summary>Parses <paramref name="args"/>, allowing only <paramref name="known"/> options; returns an error message instead when that fails.</summary>
    public static (CliOptions? Options, string? Error) Parse(IReadOnlyList<string> args, params string[] known)
    {
        var positional = new List<string>();
        var options = new CliOptions(positional);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            string? value = equals < 0 ? null : arg[(equals + 1)..];
            if (value is null && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) value = args[++i];

            if (name.Contains(':', StringComparison.Ordinal) || HostOptions.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (!known.Contains(name, StringComparer.OrdinalIgnoreCase)) return (null, $"Unknown option --{name}.");
            if (value is null) return (null, $"--{name} needs a value.");
            options.values[name] = value;
        }
        return (options, null);
    }
}
