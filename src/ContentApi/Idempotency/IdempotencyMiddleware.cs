using System.Security.Claims;
using System.Security.Cryptography;
using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Idempotency;

/// <summary>
/// Makes a POST with an <c>Idempotency-Key</c> safe to retry. The key is reserved (committed) before the
/// request runs and completed with the response after it; a retry replays that response.
/// <para>
/// Why reserve first rather than store the record in the write's own transaction: the record is written
/// here, around handlers that commit on their own. If the process dies between the write's commit and the
/// completion, the reservation stays "in flight", and a retry with that key is refused with 409 (outcome
/// unknown) rather than run again: a crash can cost a client a retry, never cause a double write.
/// </para>
/// Only 2xx responses are kept. Anything else wrote nothing (writes are all-or-nothing), so the
/// reservation is released and the same key may be retried.
/// <para>
/// A response marked <c>Cache-Control: no-store</c> carries a credential (a new key's secret, a preview
/// token): its body is never stored. The record keeps the status and Location only, and a retry answers 409
/// saying that the secret was shown once, rather than a second credential or a second write.
/// </para>
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, ContentDbContext db, TimeProvider clock)
    {
        if (!HttpMethods.IsPost(http.Request.Method)
            || http.GetEndpoint()?.Metadata.GetMetadata<IdempotentMetadata>() is null
            || !http.Request.Headers.TryGetValue(IdempotencyKey.Header, out var values))
        {
            await next(http);
            return;
        }

        var key = values.Count == 1 ? values[0] ?? "" : "";
        var invalid = values.Count == 1 ? IdempotencyKey.Problem(key) : $"Send one {IdempotencyKey.Header} header.";
        if (invalid is not null)
        {
            await Problems.Invalid(IdempotencyKey.Header, invalid).ExecuteAsync(http);
            return;
        }

        var scope = $"{http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous"} POST {NormalisedPath(http.Request)}";
        var hash = await HashBodyAsync(http.Request);
        var now = clock.GetUtcNow().UtcDateTime;

        var (record, reserved) = await ReserveAsync(db, scope, key, hash, now, http.RequestAborted);
        if (!reserved)
        {
            await Answer(http, record!, hash);
            return;
        }

        await RunAndRecordAsync(http, db, record!.Id);
    }

    /// <summary>Reserves the key, or returns the record that holds it already.</summary>
    private static async Task<(IdempotencyRecord? Existing, bool Reserved)> ReserveAsync(
        ContentDbContext db, string scope, string key, string hash, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var existing = await db.IdempotencyRecords.AsNoTracking()
                .FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
            if (existing is not null && existing.CreatedAt > now - IdempotencyKey.Retention) return (existing, false);
            if (existing is not null) await db.IdempotencyRecords.Where(r => r.Id == existing.Id).ExecuteDeleteAsync(cancellationToken);

            var record = new IdempotencyRecord { Scope = scope, Key = key, RequestHash = hash, CreatedAt = now };
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (record, true);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // A concurrent request with the same key reserved it first: answer as its retry.
            }
            finally
            {
                // The handler shares this context; it must not see (or save) the record again.
                db.Entry(record).State = EntityState.Detached;
            }
        }
    }

    private async Task RunAndRecordAsync(HttpContext http, ContentDbContext db, Guid recordId)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        catch
        {
            await Release(db, recordId);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }

        var response = http.Response;
        // Recorded whatever the client does now: it may have gone, and its retry must find the answer.
        if (response.StatusCode is >= 200 and < 300)
        {
            // A null body marks a completed record whose response may not be replayed (see Answer).
            var body = MustNotBeStored(response) ? null : buffer.ToArray();
            await db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.StatusCode, response.StatusCode)
                .SetProperty(r => r.ContentType, response.ContentType)
                .SetProperty(r => r.Location, response.Headers.Location.ToString() is { Length: > 0 } location ? location : null)
                .SetProperty(r => r.ETag, response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null)
                .SetProperty(r => r.Body, body), CancellationToken.None);
        }
        else
        {
            await Release(db, recordId);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    private static Task<int> Release(ContentDbContext db, Guid recordId) =>
        db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteDeleteAsync(CancellationToken.None);

    /// <summary>A retry: replay the first response, or say why it cannot be.</summary>
    private static async Task Answer(HttpContext http, IdempotencyRecord record, string hash)
    {
        if (record.RequestHash != hash)
        {
            await TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Idempotency-Key reused",
                detail: $"This {IdempotencyKey.Header} was already used with a different request body. Use a new key for a new request.").ExecuteAsync(http);
            return;
        }

        if (record.StatusCode is not { } status)
        {
            await TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Request in progress",
                detail: $"A request with this {IdempotencyKey.Header} is still running, or was interrupted before it answered. "
                    + "Read the resource to see whether it took effect; retry with a new key if it did not.").ExecuteAsync(http);
            return;
        }

        if (record.Body is null)
        {
            if (record.Location is not null) http.Response.Headers.Location = record.Location;
            await TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Response not replayable",
                detail: $"The request with this {IdempotencyKey.Header} succeeded, but its response held a secret "
                    + "(an API key or a preview token), which is shown once and never stored. "
                    + (record.Location is null
                        ? "Create a new one with a new key."
                        : $"It created {record.Location}: revoke it if the secret was lost, and create a new one with a new key.")).ExecuteAsync(http);
            return;
        }

        var response = http.Response;
        response.StatusCode = status;
        if (record.ContentType is not null) response.ContentType = record.ContentType;
        if (record.Location is not null) response.Headers.Location = record.Location;
        if (record.ETag is not null) response.Headers.ETag = record.ETag;
        response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        if (record.Body is { Length: > 0 } body) await response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static bool MustNotBeStored(HttpResponse response) =>
        response.Headers.CacheControl.Any(value => value is not null && value.Contains("no-store", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The path as routing matches it, so that /API/V1/articles and /api/v1/articles/ are one scope: routing
    /// ignores case and a trailing slash, and ids and slugs are case-insensitive and lowercase.
    /// </summary>
    public static string NormalisedPath(HttpRequest request)
    {
        var path = $"{request.PathBase}{request.Path}".ToLowerInvariant().TrimEnd('/');
        return path.Length == 0 ? "/" : path;
    }

    /// <summary>SHA-256 of the raw body, which stays readable for the endpoint's own binding.</summary>
    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash);
    }
}
