using ContentApi.Seeding.Synthetic;

namespace ContentApi.Commands;

/// <summary>
/// Commands the same executable runs instead of serving (<c>dotnet run --project src/ContentApi -- seed …</c>),
/// so that they use the app's own configuration, migrations and renderer.
/// </summary>
public static class CommandLine
{
    /// <returns>The exit code of the command named by the first argument, or null to start the server.</returns>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0) return null;
        return args[0] switch
        {
            SeedCommand.Name => await SeedCommand.RunAsync(args[1..], Console.Out, Console.Error),
            _ => null,
        };
    }
}
