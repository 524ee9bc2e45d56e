using System.ComponentModel;
using System.Security.Claims;
using ContentApi.Data;
using ContentApi.Http;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Auth;

/// <param name="ExpiresInMinutes">How long the token works: 1 to 1440 minutes (24 hours); 60 when absent.</param>
public sealed record CreatePreviewTokenRequest([property: DefaultValue(60)] int? ExpiresInMinutes);

/// <param name="Token">Pass as <c>?previewToken=</c> to GetArticle. It opens this one article and nothing else.</param>
/// <param name="ArticleId">The article the token opens.</param>
/// <param name="ExpiresAt">After this time the token answers 401.</param>
/// <param name="Url">The article's URL with the token, ready for a frontend's preview route.</param>
public sealed record PreviewTokenResponse(string Token, Guid ArticleId, DateTime ExpiresAt, string Url);

public sealed class CreatePreviewTokenRequestValidator : AbstractValidator<CreatePreviewTokenRequest>
{
    public CreatePreviewTokenRequestValidator() =>
        RuleFor(r => r.ExpiresInMinutes).InclusiveBetween(1, (int)PreviewTokens.MaxLifetime.TotalMinutes)
            .WithMessage($"expiresInMinutes must be between 1 and {(int)PreviewTokens.MaxLifetime.TotalMinutes} (24 hours).");
}

public static class PreviewTokenHandlers
{
    /// <summary>Lets the endpoint accept <c>?previewToken=</c>: GetArticle only, since a token opens one article and nothing else.</summary>
    public static RouteHandlerBuilder AcceptsPreviewTokens(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(AcceptsPreviewTokenMetadata.Instance);

    public static async Task<Results<Ok<PreviewTokenResponse>, ValidationProblem, ProblemHttpResult>> CreatePreviewToken(
        string idOrSlug, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CreatePreviewTokenRequest? request,
        IValidator<CreatePreviewTokenRequest> validator, ContentDbContext db, PreviewTokens tokens, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        // The body is optional, so the validation filter (which insists on one) cannot run here.
        if (request is not null)
        {
            var validation = await validator.ValidateAsync(request, cancellationToken);
            if (!validation.IsValid) return Problems.Invalid(validation);
        }

        var articleId = await db.Articles.AsNoTracking().WhereIdOrSlug(idOrSlug).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (articleId is not { } id) return Problems.NotFound("article", idOrSlug);

        var lifetime = request?.ExpiresInMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : PreviewTokens.DefaultLifetime;
        var expiresAt = clock.GetUtcNow().Add(lifetime);
        // Whole seconds: the time the client reads is the time the token holds, give or take less than a second.
        expiresAt = new DateTimeOffset(expiresAt.Ticks - (expiresAt.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        // Bound to the caller's key: revoking the key revokes the token.
        var token = tokens.Issue(id, expiresAt, http.User.FindFirstValue(ClaimTypes.NameIdentifier)!);

        // The token is a credential: no cache may keep the answer.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new PreviewTokenResponse(token, id, expiresAt.UtcDateTime,
            $"{http.Request.PathBase}/api/v1/articles/{id}?{PreviewTokens.QueryParameter}={Uri.EscapeDataString(token)}"));
    }
}
