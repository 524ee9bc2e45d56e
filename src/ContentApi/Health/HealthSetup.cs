using ContentApi.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ContentApi.Health;

public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddContentHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<ContentDbContext>("database", tags: [ReadyTag])
            .AddCheck<SchemaHealthCheck>("schema", tags: [ReadyTag]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: it can also reach its database, and the schema is migrated.</summary>
    public static WebApplication MapContentHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
