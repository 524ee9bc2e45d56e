using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;
using ContentApi.Paging;

namespace ContentApi.Auth;

/// <summary>Key management, for admins. Secrets are shown once, at creation; only their hashes are stored.</summary>
public static class KeyEndpoints
{
    private static readonly KeysetSort<Data.Entities.ApiKey, KeyResponse, DateTime> NewestFirst =
        new("-createdAt", k => k.CreatedAt, k => k.Id, descending: true, r => r.CreatedAt, r => r.Id);

    public static RouteGroupBuilder MapKeys(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/keys").WithTags("Keys").RequireAuthorization(Policies.Admin);

        keys.MapGet("/", List)
            .WithName("ListKeys")
            .WithSummary("List API keys")
            .WithDescription("Newest first, revoked keys included (with revokedAt). Shows each key's prefix, never its secret. " +
                "Keys configured in appsettings (Auth:Keys) are not listed.")
            .Validate<PageQuery>();

        keys.MapGet("/{id}", Get)
            .WithName("GetKey")
            .WithSummary("Get an API key")
            .WithDescription("The key's name, role, prefix and dates (lastUsedAt is kept to the minute). Never its secret.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        keys.MapPost("/", Create)
            .WithName("CreateKey")
            .WithSummary("Create an API key")
            .WithDescription("Answers 201 with the secret, once: only its hash is stored, so it cannot be shown again. " +
                "Send it as 'Authorization: Bearer <secret>'. An Idempotency-Key retry answers 409 with the key's Location.")
            .Validate<CreateKeyRequest>()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        keys.MapDelete("/{id}", Revoke)
            .WithName("RevokeKey")
            .WithSummary("Revoke an API key")
            .WithDescription("The key and its preview tokens stop working at once on this server, and within 30 seconds on every other " +
                "instance (the lookup cache). The key stays listed with revokedAt. Revoking a revoked key changes nothing.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Ok<Paged<KeyResponse>>, ValidationProblem>> List(
        [AsParameters] PageQuery query, ContentDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (CursorChecks.CheckSort(query, NewestFirst) is { } badCursor) return badCursor;
        var page = await db.ApiKeys.AsNoTracking().ToPageAsync(NewestFirst, KeyProjections.ToResponse, query, http, cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<KeyResponse>, ProblemHttpResult>> Get(Guid id, ContentDbContext db, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.AsNoTracking().Where(k => k.Id == id).Select(KeyProjections.ToResponse).FirstOrDefaultAsync(cancellationToken);
        return key is null ? NotFound(id) : TypedResults.Ok(key);
    }

    public static async Task<Created<CreatedKeyResponse>> Create(
        CreateKeyRequest request, ContentDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var expiresAt = request.ExpiresAt is { } at ? UtcTimes.Normalize(at) : (DateTime?)null;
        var (key, secret) = ApiKeySecrets.Create(db, request.Name, request.Role!.Value.ToRoleName(), expiresAt, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        // The secret is in this body: no cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"{ApiRoutes.Prefix}/keys/{key.Id}",
            new CreatedKeyResponse(key.Id, key.Name, request.Role.Value, key.Prefix, key.CreatedAt, key.ExpiresAt, secret));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        Guid id, ContentDbContext db, DatabaseApiKeyStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null) return NotFound(id);

        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
        store.Evict(key.Sha256, key.Id);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No API key has the id '{id}'.");
}
