using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

/// <summary>
/// Ready only on an up-to-date schema. Outside Development the server does not migrate on start, so a
/// database nobody has migrated yet is reported here, by name of the missing migration, rather than as
/// 500s on the first requests.
/// </summary>
public sealed class SchemaHealthCheck(ContentDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The database schema is {pending.Count} migration(s) behind ({pending[0]} next): run the 'migrate' command.");
    }
}
