using ContentApi.Commands;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Database;

/// <summary><c>migrate</c>: updates the schema and exits; how deployments outside Development migrate, since their
/// servers don't unless <c>Database:MigrateOnStart</c> is set.</summary>
public sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";

    public string Usage => "migrate\n    applies the database migrations that are pending, then exits";

    public async Task<int> RunAsync(CliContext context)
    {
        var (options, error) = CliOptions.Parse(context.Args);
        if (options is null || options.Positional.Count > 0)
        {
            await context.Error.WriteLineAsync($"{error ?? "migrate takes no arguments."} Usage: {Usage}");
            return 2;
        }

        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(context.CancellationToken)).ToList();
        await scope.ServiceProvider.GetRequiredService<IDatabaseProvider>().MigrateAsync(db, context.CancellationToken);

        await context.Out.WriteLineAsync(pending.Count == 0
            ? "The database schema was already up to date."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
        return 0;
    }
}
