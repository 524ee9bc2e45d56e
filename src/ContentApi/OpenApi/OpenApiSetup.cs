using Microsoft.AspNetCore.Authentication;
using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

public static class OpenApiSetup
{
    public static IServiceCollection AddContentOpenApi(this IServiceCollection services)
    {
        services.AddOptions<OpenApiDocumentOptions>().BindConfiguration("OpenApi").ValidateOnStart()
            .Validate(o => o.IsValid, "OpenApi:ServerUrl must be an absolute http or https URL, such as https://api.example.com.");
        return services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddSchemaTransformer<FluentValidationSchemaTransformer>();
            options.AddSchemaTransformer<EnumSchemaTransformer>();
            options.AddOperationTransformer<MergePatchBodyTransformer>();
            options.AddOperationTransformer<CommonResponsesTransformer>();
            options.AddOperationTransformer<ContentApi.Caching.ReadResponsesTransformer>();
        });
    }

    public static WebApplication MapContentOpenApi(this WebApplication app)
    {
        app.MapOpenApi().CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(5)));
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/openapi/v1.json", "ContentApi v1");
            ui.RoutePrefix = "swagger";
            ui.DocumentTitle = "ContentApi";
            ui.EnablePersistAuthorization();
            ui.EnableTryItOutByDefault();
            ui.DisplayRequestDuration();
        });
        return app;
    }
}
