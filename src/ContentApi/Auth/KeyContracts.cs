using System.Linq.Expressions;
using ContentApi.Auth;
using ContentApi.Data.Entities;

namespace ContentApi.Auth;

/// <summary>What a key may do. They nest: an admin can do all an editor can, an editor all a preview key can.</summary>
public enum KeyRole
{
    /// <summary>Reads drafts, scheduled and archived articles; creates preview tokens.</summary>
    Preview,
    /// <summary>Also writes, publishes and deletes content.</summary>
    Editor,
    /// <summary>Also manages keys.</summary>
    Admin,
}

/// <param name="Name">Who or what uses the key ("Web frontend preview", "Jane's laptop"), for the list.</param>
/// <param name="Role">preview, editor or admin.</param>
/// <param name="ExpiresAt">Optional: the key stops working at this time (UTC).</param>
public sealed record CreateKeyRequest(string Name, KeyRole? Role, DateTime? ExpiresAt);

/// <param name="Prefix">The secret's first characters, to tell keys apart. The secret itself is never shown again.</param>
public sealed record KeyResponse(
    Guid Id, string Name, KeyRole Role, string Prefix,
    DateTime CreatedAt, DateTime? ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt);

/// <param name="Secret">The key to send as <c>Authorization: Bearer &lt;secret&gt;</c>. Shown only in this response: store it now.</param>
public sealed record CreatedKeyResponse(
    Guid Id, string Name, KeyRole Role, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, string Secret);

public static class KeyRoles
{
    public static string ToRoleName(this KeyRole role) => role switch
    {
        KeyRole.Preview => Roles.Preview,
        KeyRole.Editor => Roles.Editor,
        KeyRole.Admin => Roles.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}

public static class KeyProjections
{
    public static readonly Expression<Func<ApiKey, KeyResponse>> ToResponse = k => new KeyResponse(
        k.Id, k.Name,
        k.Role == Roles.Preview ? KeyRole.Preview : k.Role == Roles.Editor ? KeyRole.Editor : KeyRole.Admin,
        k.Prefix, k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt);
}
