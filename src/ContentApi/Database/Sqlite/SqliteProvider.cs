using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContentApi.Database.Sqlite;

/// <summary>SQLite with WAL (readers never wait for the writer) and synchronous=FULL
/// (<see cref="SqliteDurabilityInterceptor"/>), so no acknowledged write is lost.</summary>
public sealed class SqliteProvider(string connectionString) : IDatabaseProvider
{
    public const string MigrationsAssembly = "ContentApi.Migrations.Sqlite";

    public void Configure(DbContextOptionsBuilder options, IServiceProvider services) => options
        // Single queries on purpose: projections load a few authors and tags per article, and one round trip beats three.
        .UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(MigrationsAssembly)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
        .AddInterceptors(services.GetRequiredService<SqliteDurabilityInterceptor>());

    public async Task MigrateAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        // Kept in the file: set once, it holds for every later connection and process.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>SQLite has one write lock for the whole database, so the scope needs no lock of its own: Microsoft.Data.Sqlite
    /// begins a non-deferred transaction (BEGIN IMMEDIATE), which takes it before the first read; the next writer waits.</summary>
    public Task<IDbContextTransaction> BeginSerialisedWriteAsync(ContentDbContext db, string scope, CancellationToken cancellationToken) =>
        db.Database.BeginTransactionAsync(cancellationToken);
}

public static class SqliteProviderSetup
{
    /// <summary>Everything SQLite-specific, behind the Database/ interfaces.</summary>
    public static IServiceCollection AddSqliteProvider(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<IDatabaseProvider>(new SqliteProvider(connectionString));
        services.AddSingleton<SqliteDurabilityInterceptor>();
        services.AddSingleton<IDatabaseErrors, SqliteDatabaseErrors>();
        services.AddSingleton<IArticleSearchIndex, SqliteArticleSearchIndex>();
        services.AddSingleton<IBulkContentWriter, SqliteBulkContentWriter>();
        return services;
    }
}
