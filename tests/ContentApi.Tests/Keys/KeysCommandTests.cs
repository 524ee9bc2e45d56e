using System.Net;
using System.Text.RegularExpressions;
using ContentApi.Commands;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Keys;

/// <summary>
/// The CLI as an operator runs it on a fresh install: the real entry point, with the database named on the
/// command line, in process.
/// </summary>
public sealed partial class KeysCommandTests
{
    private static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    [Fact]
    public async Task Keys_create_on_a_fresh_database_prints_an_admin_key_that_works()
    {
        var path = ContentApiFactory.NewDatabasePath();
        var (exitCode, output) = await RunProgram(
            "keys", "create", "--role", "admin", "--name", "first admin",
            $"--ConnectionStrings:Content=Data Source={path}", "--Logging:LogLevel:Default=Warning");

        Assert.Equal(0, exitCode);
        // Other tests running meanwhile may log to the console too: the secret is the line that is one.
        var secret = Assert.Single(output.Split('\n', StringSplitOptions.TrimEntries), line => SecretLine().IsMatch(line));
        using var factory = new ContentApiFactory { DatabasePath = path };
        var response = await factory.CreateClient(secret).GetAsync("/api/v1/keys");
        var list = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal("first admin", list["items"]![0]!.Str("name"));
    }

    [Theory]
    [InlineData("keys", "create")]
    [InlineData("keys", "create", "--role", "owner")]
    [InlineData("keys", "create", "--role", "admin", "--rol", "admin")]
    [InlineData("keys", "delete")]
    [InlineData("no-such-command")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        using var factory = new ContentApiFactory();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CommandLine.RunAsync(factory.Services, args, output, error, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Empty(output.ToString());
        Assert.NotEmpty(error.ToString());
    }

    [GeneratedRegex("^cak_[A-Za-z0-9_-]{43}$")]
    private static partial Regex SecretLine();

    /// <summary>Runs Program.Main as `dotnet run -- args` would, capturing stdout (the secret).</summary>
    private static async Task<(int ExitCode, string Output)> RunProgram(params string[] args)
    {
        await ConsoleLock.WaitAsync();
        var original = Console.Out;
        using var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            var main = typeof(Program).Assembly.EntryPoint!;
            // The compiler's entry point for an async Main is a synchronous wrapper; it blocks until the command is done.
            var exitCode = await Task.Run(() => (int)main.Invoke(null, [args])!);
            return (exitCode, output.ToString());
        }
        finally
        {
            Console.SetOut(original);
            ConsoleLock.Release();
        }
    }
}
