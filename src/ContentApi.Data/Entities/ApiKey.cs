namespace ContentApi.Data.Entities;

/// <summary>An API key made through the API or CLI. Only the secret's SHA-256 is stored (the secret is shown once);
/// revoked keys are kept as an audit trail.</summary>
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
