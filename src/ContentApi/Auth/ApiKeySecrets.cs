using System.Buffers.Text;
using System.Security.Cryptography;
using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Data.Entities;

namespace ContentApi.Auth;

/// <summary>
/// Key secrets: <c>cak_</c> and 32 random bytes in base64url (256 bits, so a fast hash is enough: there is
/// nothing to brute-force). The prefix makes a leaked key recognisable to secret scanners.
/// </summary>
public static class ApiKeySecrets
{
    public const string Prefix = "cak_";
    private const int SecretBytes = 32;
    public static readonly int Length = Prefix.Length + Base64Url.GetEncodedLength(SecretBytes);

    /// <summary>How much of the secret is shown in lists: enough to tell keys apart, far too little to guess the rest.</summary>
    private const int DisplayLength = 12;

    public static string NewSecret() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>Whether a presented key could be one of ours at all: saves a database lookup for anything else.</summary>
    public static bool LooksLikeSecret(string presented) =>
        presented.Length == Length && presented.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Adds a new key to the unit of work and returns it with its secret, which exists only in this return value.</summary>
    public static (ApiKey Key, string Secret) Create(ContentDbContext db, string name, string role, DateTime? expiresAt, DateTime now)
    {
        var secret = NewSecret();
        var key = new ApiKey
        {
            Name = name.Trim(),
            Role = role,
            Prefix = secret[..DisplayLength],
            Sha256 = ConfiguredApiKeyStore.Hash(secret),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        db.ApiKeys.Add(key);
        return (key, secret);
    }
}
