namespace ContentApi.Data.Entities;

/// <summary>A POST made with an Idempotency-Key: reserved before the request runs, completed with the response it
/// gave, so that a retry replays that response instead of writing twice.</summary>
public class IdempotencyRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Who sent it and where: the caller's key id, the method and the path. A key is unique within it.</summary>
    public required string Scope { get; set; }

    public required string Key { get; set; }

    /// <summary>Lowercase hex SHA-256 of the request body: the same key with another body is refused.</summary>
    public required string RequestHash { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Null while the first request is still running (or was interrupted).</summary>
    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[]? Body { get; set; }
}
