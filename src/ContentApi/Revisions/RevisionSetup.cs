namespace ContentApi.Revisions;

public static class RevisionSetup
{
    /// <summary>The per-scope revision recording that the DbContext's interceptors use.</summary>
    public static IServiceCollection AddRevisionRecording(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<RevisionScope>();
        services.AddScoped<RevisionInterceptor>();
        return services;
    }
}
