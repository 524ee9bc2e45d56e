using ContentApi.Data;

namespace ContentApi.Idempotency;

/// <summary>The <c>Idempotency-Key</c> header's rules, shared by the middleware and the OpenAPI document.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public const int MaxLength = ContentLimits.IdempotencyKeyLength;

    /// <summary>How long a key is remembered: a retry after that runs again.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public const string Help = "Optional; 1 to 255 printable ASCII characters, e.g. a UUID. " +
        "A retry with the same key and body replays the first response; another body is a 422, a request still running a 409. " +
        "Kept 24 hours. A response holding a secret is never stored: its retry is a 409.";

    /// <summary>Why the header's value cannot be a key, or null when it can.</summary>
    public static string? Problem(string value) =>
        value.Length is 0 or > MaxLength ? $"{Header} must be 1 to {MaxLength} characters long."
        : value.Any(c => c is < ' ' or > '~') ? $"{Header} must be printable ASCII (space to '~')."
        : null;
}

/// <summary>Marks the endpoints whose POSTs honour an Idempotency-Key.</summary>
public sealed class IdempotentMetadata
{
    public static readonly IdempotentMetadata Instance = new();

    private IdempotentMetadata()
    {
    }
}
