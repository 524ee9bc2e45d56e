using System.Globalization;
using ContentApi.Auth;
using ContentApi.Commands;
using ContentApi.Data;
using ContentApi.Database;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Auth;

/// <summary>
/// <c>keys create --role admin [--name "…"] [--expires-at 2027-01-01T00:00:00Z]</c>: makes a key on the
/// server's database (migrating it first, so it works on a fresh install before the first start), prints
/// the secret once, and exits. This is how a production install gets its first admin key.
/// </summary>
public sealed class KeysCommand : ICliCommand
{
    public string Name => "keys";

    public string Usage =>
        "keys create --role preview|editor|admin [--name \"…\"] [--expires-at 2027-01-01T00:00:00Z]\n    creates an API key and prints its secret once";

    public async Task<int> RunAsync(CliContext context)
    {
        var (options, error) = CliOptions.Parse(context.Args, "role", "name", "expires-at");
        if (options is null || options.Positional is not ["create"])
        {
            await context.Error.WriteLineAsync($"{error ?? "Say what to do with keys."} Usage: {Usage}");
            return 2;
        }

        var role = options["role"];
        if (role is null || !Roles.All.Contains(role))
        {
            await context.Error.WriteLineAsync("--role is required: preview, editor or admin.");
            return 2;
        }

        DateTime? expiresAt = null;
        if (options["expires-at"] is { } text)
        {
            if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
            {
                await context.Error.WriteLineAsync("--expires-at must be an ISO 8601 time, such as 2027-01-01T00:00:00Z.");
                return 2;
            }
            expiresAt = at;
        }

        var name = options["name"] ?? $"{role} key created on the command line";
        if (string.IsNullOrWhiteSpace(name) || name.Length > ContentLimits.NameLength)
        {
            await context.Error.WriteLineAsync($"--name must be 1 to {ContentLimits.NameLength} characters.");
            return 2;
        }

        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await scope.ServiceProvider.GetRequiredService<IDatabaseProvider>().MigrateAsync(db, context.CancellationToken);

        var (key, secret) = ApiKeySecrets.Create(db, name, role, expiresAt, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(context.CancellationToken);

        await context.Error.WriteLineAsync($"Created {role} key '{key.Name}' (id {key.Id}). The secret below is shown only now: store it.");
        // The secret alone on stdout, so that scripts can capture it: KEY=$(dotnet run … -- keys create --role admin)
        await context.Out.WriteLineAsync(secret);
        return 0;
    }
}
