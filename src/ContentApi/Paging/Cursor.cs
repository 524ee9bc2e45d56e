using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Paging;

/// <summary>A keyset position: the sort it belongs to, the sort key and id of the item it points past, and the
/// direction. Encoded as base64url JSON so that clients treat it as opaque.</summary>
public sealed record Cursor(
    [property: JsonPropertyName("s")] string Sort,
    [property: JsonPropertyName("k")] string? Key,
    [property: JsonPropertyName("i")] Guid Id,
    [property: JsonPropertyName("b")] bool Backward)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, CursorJson.Default.Cursor));

    public static bool TryDecode(string? text, out Cursor cursor)
    {
        cursor = null!;
        if (string.IsNullOrEmpty(text) || text.Length > 1_000) return false;
        try
        {
            var bytes = Base64Url.DecodeFromChars(text);
            var decoded = JsonSerializer.Deserialize(bytes, CursorJson.Default.Cursor);
            if (decoded is null || string.IsNullOrEmpty(decoded.Sort)) return false;
            cursor = decoded;
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }
}

[JsonSerializable(typeof(Cursor))]
internal sealed partial class CursorJson : JsonSerializerContext;
