using Microsoft.AspNetCore.OpenApi;

namespace ContentApi.Idempotency;

public static class IdempotencySetup
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.AddHostedService<IdempotencyCleanup>();
        services.Configure<OpenApiOptions>("v1", o => o.AddOperationTransformer<IdempotencyKeyTransformer>());
        return services;
    }

    /// <summary>Lets every POST under <paramref name="builder"/> (those mapped now and later) honour an Idempotency-Key.</summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint => endpoint.Metadata.Add(IdempotentMetadata.Instance));
        return builder;
    }

    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}
