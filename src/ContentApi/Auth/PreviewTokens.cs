using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ContentApi.Auth;

/// <summary>
/// Short-lived signed tokens that let a frontend show one draft without holding a key. A token carries an
/// article id and an expiry, encrypted and signed by ASP.NET Core Data Protection; its key ring lives in the
/// database, so every instance behind a load balancer accepts the tokens any of them issued.
/// </summary>
public sealed class PreviewTokens(IDataProtectionProvider dataProtection)
{
    /// <summary>Changing the purpose invalidates every token issued under the old one.</summary>
    public const string Purpose = "ContentApi.PreviewToken.v1";
    public const string QueryParameter = "previewToken";
    public const string ArticleClaim = "preview_article";
    public const string AuthenticationType = "PreviewToken";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    private readonly ITimeLimitedDataProtector protector = dataProtection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string Issue(Guid articleId, DateTimeOffset expiresAt) => protector.Protect(articleId.ToString("D"), expiresAt);

    /// <summary>The article a token opens, or null when the token is expired, tampered with or not a token at all.</summary>
    public Guid? Read(string token)
    {
        try
        {
            // The protector checks the signature and the expiry against the system clock.
            return Guid.TryParseExact(protector.Unprotect(token, out _), "D", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            // Data Protection reports every bad token (tampered, expired, unknown key, not base64) this way.
            return null;
        }
    }

    public static ClaimsPrincipal Principal(Guid articleId) =>
        new(new ClaimsIdentity([new Claim(ArticleClaim, articleId.ToString("D"))], AuthenticationType));
}

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
