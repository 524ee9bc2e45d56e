using System.Linq.Expressions;
using ContentApi.Auth;
using ContentApi.Data.Entities;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ContentApi.Auth;

/// <summary>
/// The keys created through the API or the CLI. A validated key is cached for <see cref="CacheFor"/>, so
/// that a busy client costs one index seek per half-minute rather than one per request. Revoking a key
/// evicts it here at once; other instances notice within <see cref="CacheFor"/> (the documented bound).
/// Unknown keys are not cached, so the cache cannot be filled by someone sending random keys.
/// </summary>
public sealed class DatabaseApiKeyStore(IServiceScopeFactory scopes, IMemoryCache cache, ApiKeyUsageRecorder usage, TimeProvider clock) : IApiKeyStore
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async ValueTask<ApiKeyIdentity?> FindAsync(string presentedKey, CancellationToken cancellationToken)
    {
        if (!ApiKeySecrets.LooksLikeSecret(presentedKey)) return null;

        var hash = ConfiguredApiKeyStore.Hash(presentedKey);
        if (!cache.TryGetValue<ActiveKey>(CacheKey(hash), out var key) || key is null)
        {
            key = await LoadAsync(k => k.Sha256 == hash, cancellationToken);
            if (key is null) return null;
            cache.Set(CacheKey(hash), key, CacheFor);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.ExpiresAt <= now) return null;
        usage.Record(key, now);
        return key.Identity;
    }

    /// <summary>
    /// For the preview tokens a key issued: cached like the key itself, and evicted with it. A key found
    /// revoked is not cached; only a validly signed token can ask, so no one can fill the cache.
    /// </summary>
    public async ValueTask<bool> IsActiveAsync(string keyId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(keyId, out var id)) return false;
        if (!cache.TryGetValue<ActiveKey>(IdCacheKey(id), out var key) || key is null)
        {
            key = await LoadAsync(k => k.Id == id, cancellationToken);
            if (key is null) return false;
            cache.Set(IdCacheKey(id), key, CacheFor);
        }
        return !(key.ExpiresAt <= clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Forgets a key on this instance, so that its revocation takes effect with the next request.</summary>
    public void Evict(string sha256, Guid id)
    {
        cache.Remove(CacheKey(sha256));
        cache.Remove(IdCacheKey(id));
    }

    private async Task<ActiveKey?> LoadAsync(Expression<Func<ApiKey, bool>> match, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        // The hash is of a 256-bit random secret: the index seek leaks nothing an attacker could use, so
        // no constant-time comparison is needed here (unlike short configured keys).
        return await db.ApiKeys.AsNoTracking()
            .Where(match)
            .Where(k => k.RevokedAt == null)
            .Select(k => new ActiveKey(new ApiKeyIdentity(k.Id.ToString(), k.Name, k.Role), k.Id, k.ExpiresAt, k.LastUsedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string CacheKey(string sha256) => $"api-key:{sha256}";

    private static string IdCacheKey(Guid id) => $"api-key-id:{id:N}";
}

/// <summary>A key known to be valid (until <see cref="ExpiresAt"/>), as cached.</summary>
public sealed class ActiveKey(ApiKeyIdentity identity, Guid id, DateTime? expiresAt, DateTime? lastUsedAt)
{
    private long lastUsedTicks = lastUsedAt?.Ticks ?? 0;

    public ApiKeyIdentity Identity { get; } = identity;
    public Guid Id { get; } = id;
    public DateTime? ExpiresAt { get; } = expiresAt;

    /// <summary>True for one caller per <paramref name="interval"/>: the one that should write the last-used time.</summary>
    public bool TryClaimUsage(DateTime now, TimeSpan interval)
    {
        var seen = Interlocked.Read(ref lastUsedTicks);
        return now.Ticks - seen >= interval.Ticks
            && Interlocked.CompareExchange(ref lastUsedTicks, now.Ticks, seen) == seen;
    }
}
