namespace ContentApi.Data.Entities;

/// <summary>
/// An API key created through the API or the CLI. Only the SHA-256 hash of the secret is stored: the secret
/// itself is shown once, at creation, and cannot be recovered. Revoked keys are kept (with the time) so the
/// list stays an audit trail.
/// </summary>
public class ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Role { get; set; }

    /// <summary>The secret's first characters, safe to show, so that people can tell their keys apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lowercase hex SHA-256 of the whole secret; the lookup key.</summary>
    public required string Sha256 { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
