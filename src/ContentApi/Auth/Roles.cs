using System.Security.Claims;

namespace ContentApi.Auth;

/// <summary>
/// The roles a key can have. They nest: an admin can do all an editor can, an editor all a preview key can.
/// </summary>
public static class Roles
{
    public const string Preview = "preview";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly string[] All = [Preview, Editor, Admin];

    /// <summary>Whether the caller may see unpublished content (drafts, scheduled, archived).</summary>
    public static bool CanSeeDrafts(this ClaimsPrincipal user) =>
        user.IsInRole(Preview) || user.IsInRole(Editor) || user.IsInRole(Admin);

    public static bool IsEditor(this ClaimsPrincipal user) => user.IsInRole(Editor) || user.IsInRole(Admin);
}

public static class Policies
{
    public const string Preview = "preview";
    public const string Editor = "editor";
    public const string Admin = "admin";
}
