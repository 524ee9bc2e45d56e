using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against the key stores. Keys never travel in URLs;
/// the one credential allowed in a URL is a preview token, on the endpoints that accept one. A request with
/// neither stays anonymous and sees published content only.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyStore keys,
    PreviewTokens previewTokens,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return await AuthenticatePreviewTokenAsync();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Send the API key as 'Authorization: Bearer <key>'.");
        }

        var key = await keys.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("The API key is not valid, has expired or has been revoked.");

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, key.Id),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ClaimTypes.Role, key.Role),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private async Task<AuthenticateResult> AuthenticatePreviewTokenAsync()
    {
        if (Context.GetEndpoint()?.Metadata.GetMetadata<AcceptsPreviewTokenMetadata>() is null) return AuthenticateResult.NoResult();
        string? token = Request.Query[PreviewTokens.QueryParameter];
        if (string.IsNullOrEmpty(token)) return AuthenticateResult.NoResult();

        if (previewTokens.Read(token) is not { } grant)
        {
            return AuthenticateResult.Fail("The preview token is not valid or has expired. Ask for a new one with CreatePreviewToken.");
        }

        // The same stores (and caches) as the key itself: a revoked key's tokens stop as promptly as the key.
        if (!await keys.IsActiveAsync(grant.KeyId, Context.RequestAborted))
        {
            return AuthenticateResult.Fail(
                "The API key that issued this preview token has been revoked or has expired. Ask for a new token with an active key.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(PreviewTokens.Principal(grant), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Unauthorized",
            result.Failure?.Message ?? "This operation needs an API key: send it as 'Authorization: Bearer <key>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden",
            "The API key's role does not allow this operation (roles: preview reads drafts, editor writes content, admin also manages keys).");
    }

    private Task WriteProblemAsync(int status, string title, string detail) =>
        problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
}
