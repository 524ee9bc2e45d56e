using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContentApi.Database;

/// <summary>What a provider brings to the neutral model: its EF Core provider, migrations assembly, connection settings
/// and migration. One per provider folder (Database/Sqlite/).</summary>
public interface IDatabaseProvider
{
    /// <summary>Points <paramref name="options"/> at the database (the EF Core provider's Use… call) and adds the provider's own interceptors.</summary>
    void Configure(DbContextOptionsBuilder options, IServiceProvider services);

    /// <summary>Applies pending migrations, then the database-wide settings the provider keeps in the database itself.</summary>
    Task MigrateAsync(ContentDbContext db, CancellationToken cancellationToken);

    /// <summary>Begins a transaction that holds a write lock on <paramref name="scope"/> from its first statement, so that
    /// a check (a section's ancestry) and the save it guards run as one against every other writer of that scope.
    /// (SQLite: BEGIN IMMEDIATE takes the database's one write lock; PostgreSQL would take pg_advisory_xact_lock.)</summary>
    Task<IDbContextTransaction> BeginSerialisedWriteAsync(ContentDbContext db, string scope, CancellationToken cancellationToken);
}
