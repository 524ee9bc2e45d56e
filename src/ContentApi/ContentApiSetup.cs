using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Articles;
using ContentApi.Auth;
using ContentApi.Authors;
using ContentApi.Caching;
using ContentApi.Commands;
using ContentApi.Benchmarking;
using ContentApi.Changes;
using ContentApi.Database;
using ContentApi.Health;
using ContentApi.Http;
using ContentApi.Idempotency;
using ContentApi.OpenApi;
using ContentApi.Related;
using ContentApi.Rendering;
using ContentApi.Revisions;
using ContentApi.Sections;
using ContentApi.Security;
using ContentApi.Search;
using ContentApi.Seeding;
using ContentApi.Seeding.Synthetic;
using ContentApi.Tags;
using FluentValidation;

namespace ContentApi;

/// <summary>The whole API, in three calls: services, middleware, endpoints.</summary>
public static class ContentApiSetup
{
    public static IServiceCollection AddContentApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            ProblemDefaults.Apply(context);
        });
        services.AddExceptionHandler<ClientErrorExceptionHandler>();
        services.AddExceptionHandler<DatabaseExceptionHandler>();

        services.AddValidatorsFromAssemblyContaining<ArticleRequestValidator>(ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<MergePatch>();
        services.AddScoped<SampleContent>();
        services.AddScheduledPublishing();
        services.AddRelatedPosts();
        services.AddArticleSearch();
        services.AddHttpContextAccessor();
        services.AddContentAuth();
        services.AddKeyCommands();
        services.AddCliCommand<SeedCliCommand>();
        services.AddCliCommand<MigrateCommand>();
        services.AddContentOpenApi();
        services.AddContentHealthChecks();
        services.AddContentCaching(configuration);
        services.AddContentRateLimiting();
        services.AddContentCors();
        services.AddRequestLimits();
        services.AddIdempotency();
        return services;
    }

    /// <summary>Strict JSON: unknown fields, fields sent twice, wrong types and unknown enum values are errors the client
    /// hears about, never silently dropped; absent optional values are written as null; enums as lowercase strings.</summary>
    public static void ConfigureJson(JsonSerializerOptions json)
    {
        // Which of two "title"s wins is not something a client should have to guess (and a merge patch would throw).
        json.AllowDuplicateProperties = false;
        json.NumberHandling = JsonNumberHandling.Strict;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        json.Converters.Add(new StrictEnumConverter());
    }

    public static WebApplication UseContentApi(this WebApplication app)
    {
        // Before routing, so that HEAD finds every GET endpoint (the API's, the OpenAPI document, health).
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseContentAuthentication();
        // After authentication, so that a keyed caller is limited by its key rather than its IP.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseContentCaching();
        app.UseIdempotency();
        return app;
    }

    public static WebApplication MapContentApi(this WebApplication app)
    {
        var api = app.MapGroup(ApiRoutes.Prefix)
            .CacheOutput(AnonymousReadPolicy.Name)
            .WithReadResponses()
            .WithIdempotency();
        api.MapArticles();
        api.MapSections();
        api.MapAuthors();
        api.MapTags();
        // Changes before Keys: the OpenAPI document (and Swagger UI) lists its tags in mapping order.
        api.MapChanges();
        api.MapKeys();

        app.MapContentOpenApi();
        app.MapContentHealthChecks();
        app.MapBenchmarkCeiling();
        app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}
