namespace ContentApi.Search;

public static class SearchSetup
{
    public static IServiceCollection AddArticleSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateOnStart()
            .Validate(o => o.RankWindow is >= 1 and <= 100_000, "Search:RankWindow must be between 1 and 100,000.");
        return services;
    }
}
