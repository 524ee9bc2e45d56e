namespace ContentApi.Commands;

/// <summary>Dispatches <c>dotnet run -- &lt;command&gt; …</c> to the <see cref="ICliCommand"/>s registered with
/// <see cref="AddCliCommand{T}"/>. Arguments starting with "-" before any command are host options.</summary>
public static class CommandLine
{
    public static IServiceCollection AddCliCommand<T>(this IServiceCollection services) where T : class, ICliCommand =>
        services.AddSingleton<ICliCommand, T>();

    /// <summary>Runs the command named by the first argument and returns its exit code, or null when the arguments
    /// name no command and the server should start.</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return null;
        return await RunAsync(app.Services, args, Console.Out, Console.Error, app.Lifetime.ApplicationStopping);
    }

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var commands = services.GetServices<ICliCommand>().ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            var known = args[0] is "help" or "--help";
            await (known ? output : error).WriteLineAsync(
                (known ? "" : $"Unknown command '{args[0]}'. ") + "Commands (run without one to start the server):");
            foreach (var usage in commands.Select(c => c.Usage))
            {
                await (known ? output : error).WriteLineAsync("  " + usage.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
            return known ? 0 : 2;
        }

        return await command.RunAsync(new CliContext(args.Skip(1).ToList(), services, output, error, cancellationToken));
    }
}
