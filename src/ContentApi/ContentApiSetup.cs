using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Articles;
using ContentApi.Auth;
using ContentApi.Authors;
using ContentApi.Benchmarking;
using ContentApi.Changes;
using ContentApi.Health;
using ContentApi.Http;
using ContentApi.OpenApi;
using ContentApi.Rendering;
using ContentApi.Sections;
using ContentApi.Seeding;
using ContentApi.Tags;
using FluentValidation;

namespace ContentApi;

/// <summary>The whole API, in three calls: services, middleware, endpoints.</summary>
public static class ContentApiSetup
{
    public static IServiceCollection AddContentApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ClientErrorExceptionHandler>();
        services.AddExceptionHandler<DatabaseExceptionHandler>();

        services.AddValidatorsFromAssemblyContaining<ArticleRequestValidator>(ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<MergePatch>();
        services.AddScoped<SampleContent>();
        services.AddScheduledPublishing();
        services.AddHttpContextAccessor();
        services.AddContentAuth();
        services.AddContentOpenApi();
        services.AddContentHealthChecks();
        services.AddOutputCache();
        return services;
    }

    /// <summary>
    /// Strict JSON: unknown fields, wrong types and unknown enum values are errors the client hears about,
    /// never silently dropped; absent optional values are written as null; enums as lowercase strings.
    /// </summary>
    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.NumberHandling = JsonNumberHandling.Strict;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    public static WebApplication UseContentApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapContentApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapArticles();
        api.MapSections();
        api.MapAuthors();
        api.MapTags();
        api.MapArticleSubLists();
        api.MapChanges();

        app.MapContentOpenApi();
        app.MapContentHealthChecks();
        app.MapBenchmarkCeiling();
        app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}
