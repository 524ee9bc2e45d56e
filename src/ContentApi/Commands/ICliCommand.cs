namespace ContentApi.Commands;

/// <summary>A command run instead of the server (<c>dotnet run --project src/ContentApi -- &lt;name&gt; …</c>), with
/// the app's services; it prints to <see cref="CliContext.Out"/> and returns the exit code.</summary>
public interface ICliCommand
{
    /// <summary>The first argument that selects this command ("keys").</summary>
    string Name { get; }

    /// <summary>One or more usage lines, printed by <c>help</c> and on a usage error.</summary>
    string Usage { get; }

    Task<int> RunAsync(CliContext context);
}

/// <param name="Args">The arguments after the command's name.</param>
public sealed record CliContext(IReadOnlyList<string> Args, IServiceProvider Services, TextWriter Out, TextWriter Error, CancellationToken CancellationToken);
