using System.Security.Claims;
using ContentApi.Data;
using ContentApi.Data.Entities;

namespace ContentApi.Revisions;

/// <summary>Who is writing in this scope, and why, for the revisions its saves record. A request's writer is its
/// API key; background work has no key and names itself (<see cref="ServiceName"/>).</summary>
public sealed class RevisionScope(IHttpContextAccessor http)
{
    /// <summary>The writer's name when there is no key, e.g. "scheduler".</summary>
    public string? ServiceName { get; set; }

    /// <summary>The action the next article change records instead of the one inferred from its status (a restore).</summary>
    public RevisionAction? NextAction { get; set; }

    internal (string Name, string? Id) Writer()
    {
        var user = http.HttpContext?.User;
        if (ServiceName is null && user?.Identity?.IsAuthenticated == true)
        {
            var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
            return (Limit(user.FindFirstValue(ClaimTypes.Name) ?? id ?? "unknown key"), id is null ? null : Limit(id));
        }

        return (ServiceName ?? "system", null);
    }

    private static string Limit(string text) => text.Length <= ContentLimits.NameLength ? text : text[..ContentLimits.NameLength];
}
