using System.Text;
using ContentApi.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Auth;

/// <summary>One route and method of the app, and the roles its authorization metadata admits.</summary>
/// <param name="AllowedRoles">Null for a public endpoint; otherwise the roles that may call it.</param>
/// <param name="ContentType">The body type the endpoint accepts (routing answers 415 to others before authorization runs).</param>
public sealed record EndpointCase(string Name, string Method, RoutePattern Pattern, IReadOnlySet<string>? AllowedRoles, string ContentType)
{
    public bool IsPublic => AllowedRoles is null;

    public override string ToString() => $"{Method} {Pattern.RawText} ({Name})";
}

/// <summary>
/// Every endpoint the running app maps, read from its <see cref="EndpointDataSource"/>, so that endpoints
/// added later are covered without touching these tests; classified by the same policies the app enforces.
/// </summary>
public static class EndpointMatrix
{
    public static async Task<IReadOnlyList<EndpointCase>> ReadAsync(IServiceProvider services)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var cases = new List<EndpointCase>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.GetOrderedMetadata<IAuthorizeData>(), metadata.GetOrderedMetadata<AuthorizationPolicy>());
            IReadOnlySet<string>? allowed = null;
            if (policy is not null && metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                // A role is admitted when every role requirement of the policy lists it.
                allowed = Roles.All
                    .Where(role => policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()
                        .All(r => r.AllowedRoles.Contains(role)))
                    .ToHashSet();
            }

            var name = metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? endpoint.DisplayName ?? endpoint.RoutePattern.RawText!;
            var contentType = metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is [var first, ..] ? first : "application/json";
            foreach (var method in metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                cases.Add(new EndpointCase(name, method, endpoint.RoutePattern, allowed, contentType));
            }
        }
        return cases;
    }

    /// <summary>A concrete URL for the pattern: each route parameter is filled with a seeded resource of the collection it follows.</summary>
    public static string Url(RoutePattern pattern, IReadOnlyDictionary<string, string> resourceIds)
    {
        var path = new StringBuilder();
        string? collection = null;
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        path.Append(literal.Content);
                        collection = literal.Content;
                        break;
                    case RoutePatternParameterPart { Name: "documentName" }:
                        path.Append("v1");
                        break;
                    case RoutePatternParameterPart { Name: "id" or "idOrSlug" }:
                        path.Append(Uri.EscapeDataString(resourceIds.GetValueOrDefault(collection ?? "", resourceIds["articles"])));
                        break;
                    case RoutePatternParameterPart:
                        // Numbers (a revision) and anything else a later endpoint may add.
                        path.Append('1');
                        break;
                    default:
                        path.Append(part.ToString());
                        break;
                }
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }
}
