using ContentApi.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddContentAuth(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>().BindConfiguration("Auth").ValidateOnStart()
            .Validate(o => o.Keys.All(k => Roles.All.Contains(k.Role) && k.Sha256.Length == 64),
                "Every Auth:Keys entry needs a role (preview, editor, admin) and a 64-character SHA-256 hex hash.");
        services.AddMemoryCache();
        services.AddSingleton<ConfiguredApiKeyStore>();
        services.AddSingleton<DatabaseApiKeyStore>();
        services.AddSingleton<ApiKeyUsageRecorder>();
        services.AddSingleton<IApiKeyStore>(sp => new CompositeApiKeyStore(
            [sp.GetRequiredService<ConfiguredApiKeyStore>(), sp.GetRequiredService<DatabaseApiKeyStore>()]));

        // The key ring that signs preview tokens is kept in the database: every instance shares it, and a
        // restart does not invalidate the tokens already handed out.
        services.AddDataProtection().SetApplicationName("ContentApi").PersistKeysToDbContext<ContentDbContext>();
        services.AddSingleton<PreviewTokens>();
        services.Configure<OpenApiOptions>("v1", o => o.AddOperationTransformer<PreviewTokenOperationTransformer>());

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Preview, p => p.RequireRole(Roles.Preview, Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Editor, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }

    /// <summary>
    /// Authentication, then the preview-token rules. A preview token that was sent but is not valid (expired,
    /// tampered with) is a 401, although the read it came with is public: the frontend must hear that its
    /// preview link is dead rather than get a 404 for a draft that exists. (A bad key on a public read stays
    /// "no key", as documented; on anything that needs a key, authorization answers 401.) And a response shown
    /// through a preview token is never stored by any cache.
    /// </summary>
    public static WebApplication UseContentAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            // Without an Authorization header the only credential that can have failed is a preview token.
            if (string.IsNullOrEmpty(context.Request.Headers.Authorization)
                && (await context.AuthenticateAsync()).Failure is not null)
            {
                await context.ChallengeAsync();
                return;
            }

            if (context.User.PreviewArticleId() is not null)
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
        return app;
    }
}
