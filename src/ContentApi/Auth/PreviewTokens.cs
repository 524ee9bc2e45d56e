using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ContentApi.Auth;

/// <summary>
/// Short-lived signed tokens that let a frontend show one draft without holding a key. A token carries an
/// article id, the id of the API key that asked for it, and an expiry, encrypted and signed by ASP.NET Core
/// Data Protection; its key ring lives in the database, so every instance behind a load balancer accepts the
/// tokens any of them issued. A token works only while its API key does (checked on every read), so revoking
/// a key revokes its tokens.
/// </summary>
public sealed class PreviewTokens(IDataProtectionProvider dataProtection)
{
    /// <summary>Changing the purpose invalidates every token issued under the old one.</summary>
    public const string Purpose = "ContentApi.PreviewToken.v1";
    public const string QueryParameter = "previewToken";
    public const string ArticleClaim = "preview_article";
    public const string KeyClaim = "preview_key";
    public const string AuthenticationType = "PreviewToken";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    private readonly ITimeLimitedDataProtector protector = dataProtection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    /// <summary>A token for one article, valid until <paramref name="expiresAt"/> and while the key <paramref name="keyId"/> is active.</summary>
    /// <remarks>A token without a key id is never accepted (nor is one issued before tokens carried it).</remarks>
    public string Issue(Guid articleId, DateTimeOffset expiresAt, string keyId = "") =>
        protector.Protect($"{articleId:D}{Separator}{keyId}", expiresAt);

    private const char Separator = '|';

    /// <summary>What a token grants, or null when the token is expired, tampered with, carries no key or is not a token at all.</summary>
    public PreviewGrant? Read(string token)
    {
        try
        {
            // The protector checks the signature and the expiry against the system clock.
            var payload = protector.Unprotect(token, out _);
            var cut = payload.IndexOf(Separator);
            return cut > 0 && cut < payload.Length - 1 && Guid.TryParseExact(payload[..cut], "D", out var id)
                ? new PreviewGrant(id, payload[(cut + 1)..])
                : null;
        }
        catch (CryptographicException)
        {
            // Data Protection reports every bad token (tampered, expired, unknown key, not base64) this way.
            return null;
        }
    }

    public static ClaimsPrincipal Principal(PreviewGrant grant) =>
        new(new ClaimsIdentity([new Claim(ArticleClaim, grant.ArticleId.ToString("D")), new Claim(KeyClaim, grant.KeyId)], AuthenticationType));
}

/// <summary>The one article a valid token opens, and the API key it was issued to.</summary>
public sealed record PreviewGrant(Guid ArticleId, string KeyId);

/// <summary>Marks the endpoints where <c>?previewToken=</c> is honoured (reading one article); everywhere else it is ignored.</summary>
public sealed class AcceptsPreviewTokenMetadata
{
    public static readonly AcceptsPreviewTokenMetadata Instance = new();
}

public static class PreviewTokenPrincipal
{
    /// <summary>The one article a preview token opened for this request, if any. It never widens lists or writes.</summary>
    public static Guid? PreviewArticleId(this ClaimsPrincipal user) =>
        user.FindFirst(PreviewTokens.ArticleClaim) is { } claim && Guid.TryParse(claim.Value, out var id) ? id : null;
}
