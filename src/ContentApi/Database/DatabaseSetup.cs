using ContentApi.Changes;
using ContentApi.Data;
using ContentApi.Revisions;
using ContentApi.Http;
using ContentApi.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Database;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Content";
    private const string SqliteMigrationsAssembly = "ContentApi.Migrations.Sqlite";

    public static WebApplicationBuilder AddContentData(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Set the connection string 'ConnectionStrings:{ConnectionStringName}'.");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<VersioningInterceptor>();
        builder.Services.AddSingleton<SqliteDurabilityInterceptor>();
        builder.Services.AddRevisionRecording();
        builder.Services.AddSingleton<ChangeFeedInterceptor>();
        builder.Services.AddSingleton<ReadCache>();
        builder.Services.AddSingleton<ReadCacheInvalidator>();
        // services is the request's scope here, so the revision interceptor knows who is writing.
        builder.Services.AddDbContext<ContentDbContext>((services, options) => options
            // Single queries on purpose: projections load a few authors and tags per article, and one round trip beats three.
            .UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            // Order matters: revisions record the version that versioning has just given.
            .AddInterceptors(
                services.GetRequiredService<VersioningInterceptor>(),
                services.GetRequiredService<RevisionInterceptor>(),
                services.GetRequiredService<ChangeFeedInterceptor>(),
                services.GetRequiredService<ReadCacheInvalidator>(),
                services.GetRequiredService<SqliteDurabilityInterceptor>()));
        return builder;
    }

    /// <summary>
    /// Creates and migrates the database, switches SQLite to WAL (readers never wait for the writer; with
    /// synchronous=FULL, see <see cref="SqliteDurabilityInterceptor"/>, no acknowledged write is lost), and seeds the sample content into an empty database.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        // Tests start each app on a copy of a database migrated once per run, and skip re-checking it here.
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
        {
            await db.Database.MigrateAsync();
        }
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        if (app.Configuration.GetValue("Seed:SampleContent", true))
        {
            await scope.ServiceProvider.GetRequiredService<SampleContent>().SeedIfEmptyAsync(app.Lifetime.ApplicationStopping);
        }
    }
}
