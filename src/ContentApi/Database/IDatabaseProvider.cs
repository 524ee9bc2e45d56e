using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Database;

/// <summary>What a provider brings to the neutral model: its EF Core provider, migrations assembly, connection settings
/// and migration. One per provider folder (Database/Sqlite/).</summary>
public interface IDatabaseProvider
{
    /// <summary>Points <paramref name="options"/> at the database (the EF Core provider's Use… call) and adds the provider's own interceptors.</summary>
    void Configure(DbContextOptionsBuilder options, IServiceProvider services);

    /// <summary>Applies pending migrations, then the database-wide settings the provider keeps in the database itself.</summary>
    Task MigrateAsync(ContentDbContext db, CancellationToken cancellationToken);
}
