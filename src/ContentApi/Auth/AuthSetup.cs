using Microsoft.AspNetCore.Authentication;

namespace ContentApi.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddContentAuth(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>().BindConfiguration("Auth").ValidateOnStart()
            .Validate(o => o.Keys.All(k => Roles.All.Contains(k.Role) && k.Sha256.Length == 64),
                "Every Auth:Keys entry needs a role (preview, editor, admin) and a 64-character SHA-256 hex hash.");
        services.AddSingleton<IApiKeyStore, ConfiguredApiKeyStore>();

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Preview, p => p.RequireRole(Roles.Preview, Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Editor, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }
}
