using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ContentApi.Auth;

/// <summary>A key the server knows, as the authentication handler needs it.</summary>
public sealed record ApiKeyIdentity(string Id, string Name, string Role);

public interface IApiKeyStore
{
    ValueTask<ApiKeyIdentity?> FindAsync(string presentedKey, CancellationToken cancellationToken);

    /// <summary>Whether the key with this <see cref="ApiKeyIdentity.Id"/> still works (not revoked, expired or removed).</summary>
    ValueTask<bool> IsActiveAsync(string keyId, CancellationToken cancellationToken);
}

/// <summary>Keys configured by their SHA-256 hash (<c>Auth:Keys</c>): the plain key is never stored.</summary>
public sealed class ApiKeyOptions
{
    public List<ConfiguredKey> Keys { get; init; } = [];

    public sealed class ConfiguredKey
    {
        public required string Name { get; init; }
        public required string Role { get; init; }
        /// <summary>Lowercase hex SHA-256 of the key.</summary>
        public required string Sha256 { get; init; }
    }
}

public sealed class ConfiguredApiKeyStore(IOptionsMonitor<ApiKeyOptions> options) : IApiKeyStore
{
    public ValueTask<ApiKeyIdentity?> FindAsync(string presentedKey, CancellationToken cancellationToken)
    {
        var hash = Hash(presentedKey);
        var match = options.CurrentValue.Keys.FirstOrDefault(k =>
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k.Sha256.ToLowerInvariant()), Encoding.ASCII.GetBytes(hash)));
        return ValueTask.FromResult(match is null ? null : new ApiKeyIdentity(IdOf(match), match.Name, match.Role));
    }

    /// <summary>A configured key is active while it is in the configuration.</summary>
    public ValueTask<bool> IsActiveAsync(string keyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(options.CurrentValue.Keys.Any(k => IdOf(k) == keyId));

    private static string IdOf(ApiKeyOptions.ConfiguredKey key) => $"config:{key.Name}";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

/// <summary>
/// Configured keys first (the documented development keys, keys injected by deployment), then the keys
/// created through the API or the CLI, which live in the database.
/// </summary>
public sealed class CompositeApiKeyStore(IReadOnlyList<IApiKeyStore> stores) : IApiKeyStore
{
    public async ValueTask<ApiKeyIdentity?> FindAsync(string presentedKey, CancellationToken cancellationToken)
    {
        foreach (var store in stores)
        {
            if (await store.FindAsync(presentedKey, cancellationToken) is { } found) return found;
        }
        return null;
    }

    public async ValueTask<bool> IsActiveAsync(string keyId, CancellationToken cancellationToken)
    {
        foreach (var store in stores)
        {
            if (await store.IsActiveAsync(keyId, cancellationToken)) return true;
        }
        return false;
    }
}
