namespace ContentApi.Related;

public static class RelatedSetup
{
    public static IServiceCollection AddRelatedPosts(this IServiceCollection services)
    {
        services.AddScoped<RelatedPostsCalculator>();
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddOperationTransformer<IncludeRelatedOperationTransformer>());
        return services;
    }

    /// <summary>Related lists follow every article write made through this group.</summary>
    public static RouteGroupBuilder RecomputesRelatedPosts(this RouteGroupBuilder articles)
    {
        articles.AddEndpointFilter<RelatedRefreshFilter>();
        return articles;
    }
}
