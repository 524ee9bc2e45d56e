using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Platform;

/// <summary>The Database section: which provider, and who migrates the schema outside Development.</summary>
public sealed class DatabaseProviderTests
{
    [Fact]
    public void An_unknown_provider_stops_the_start_with_a_message_naming_the_setting()
    {
        using var factory = new ContentApiFactory();
        factory.Settings["Database:Provider"] = "Postgres";

        var exception = Record.Exception(() => factory.Services);

        Assert.NotNull(exception);
        Assert.Contains("Database:Provider must be one of: Sqlite", Messages(exception));
    }

    [Fact]
    public async Task Outside_Development_a_new_database_is_not_ready_until_the_migrate_command_has_run()
    {
        var path = ContentApiFactory.NewDatabasePath();
        using (var factory = InProduction(path, startEmpty: true))
        {
            var ready = await factory.Anonymous().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        // The real entry point, as an operator runs it: `dotnet ContentApi.dll migrate`.
        var main = typeof(Program).Assembly.EntryPoint!;
        string[] args = ["migrate", $"--ConnectionStrings:Content=Data Source={path}", "--Logging:LogLevel:Default=Warning"];
        var exitCode = await Task.Run(() => (int)main.Invoke(null, [args])!);
        Assert.Equal(0, exitCode);

        using (var factory = InProduction(path, startEmpty: false))
        {
            var ready = await factory.Anonymous().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
    }

    private static ContentApiFactory InProduction(string path, bool startEmpty)
    {
        var factory = new ContentApiFactory { DatabasePath = path, EnvironmentName = "Production", StartEmpty = startEmpty };
        factory.Settings["Database:MigrateOnStart"] = "false";
        return factory;
    }

    private static string Messages(Exception exception) =>
        string.Join(" | ", Enumerable.Empty<Exception>().Append(exception).Concat(Inner(exception)).Select(e => e.Message));

    private static IEnumerable<Exception> Inner(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException) yield return e;
    }
}
