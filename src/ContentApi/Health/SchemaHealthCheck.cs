using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

/// <summary>Ready only on an up-to-date schema: outside Development nothing migrates on start, so an unmigrated
/// database is reported here, naming the missing migration, rather than as 500s.</summary>
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
