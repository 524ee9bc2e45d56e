using ContentApi.Caching;
using ContentApi.Changes;
using ContentApi.Data;
using ContentApi.Database.Sqlite;
using ContentApi.Revisions;
using ContentApi.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Database;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Content";

    public static WebApplicationBuilder AddContentData(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Set the connection string 'ConnectionStrings:{ConnectionStringName}'.");

        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart()
            .Validate(o => o.HasKnownProvider, DatabaseOptions.ProviderError);
        // Checked here as well: the provider decides what is registered, and commands run before the host starts.
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (!options.HasKnownProvider)
        {
            throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions), [DatabaseOptions.ProviderError]);
        }
        builder.Services.AddSqliteProvider(connectionString);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<VersioningInterceptor>();
        builder.Services.AddRevisionRecording();
        builder.Services.AddSingleton<ChangeFeedInterceptor>();
        builder.Services.AddContentGeneration();
        // services is the request's scope here, so the revision interceptor knows who is writing.
        builder.Services.AddDbContext<ContentDbContext>((services, context) =>
        {
            services.GetRequiredService<IDatabaseProvider>().Configure(context, services);
            // Order matters: revisions record the version that versioning has just given.
            context.AddInterceptors(
                services.GetRequiredService<VersioningInterceptor>(),
                services.GetRequiredService<RevisionInterceptor>(),
                services.GetRequiredService<ChangeFeedInterceptor>(),
                services.GetRequiredService<ContentGenerationInterceptor>());
        });
        return builder;
    }

    /// <summary>Whether this start applies migrations: always in Development, elsewhere when <c>Database:MigrateOnStart</c> says so.</summary>
    public static bool MigratesOnStart(this WebApplication app) =>
        app.Environment.IsDevelopment() || app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart;

    /// <summary>Migrates when <see cref="MigratesOnStart"/> and seeds an empty database. Otherwise the schema is left alone:
    /// /health/ready reports a pending migration until an operator runs <c>migrate</c>.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var stopping = app.Lifetime.ApplicationStopping;
        if (app.MigratesOnStart())
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseProvider>().MigrateAsync(db, stopping);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(stopping)).ToList() is { Count: > 0 } pending)
        {
            app.Logger.LogWarning(
                "The database schema is {Count} migration(s) behind ({Next} next) and is not migrated on start outside Development. " +
                "Run the 'migrate' command, or set Database:MigrateOnStart=true; until then /health/ready reports it.",
                pending.Count, pending[0]);
            return;
        }

        if (app.Configuration.GetValue("Seed:SampleContent", true))
        {
            await scope.ServiceProvider.GetRequiredService<SampleContent>().SeedIfEmptyAsync(stopping);
        }
    }
}
