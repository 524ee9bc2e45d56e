using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Database;

/// <summary>
/// What a database provider brings to the provider-neutral model: its EF Core provider and migrations
/// assembly, the connection settings it wants, and how its schema is brought up to date. One per provider
/// folder (Database/Sqlite/), registered with that provider's other implementations by one Add…Provider call.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>Points <paramref name="options"/> at the database (the EF Core provider's Use… call) and adds the provider's own interceptors.</summary>
    void Configure(DbContextOptionsBuilder options, IServiceProvider services);

    /// <summary>Applies pending migrations, then the database-wide settings the provider keeps in the database itself.</summary>
    Task MigrateAsync(ContentDbContext db, CancellationToken cancellationToken);
}
