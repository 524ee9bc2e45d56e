using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Http;

/// <summary>
/// Enums as camelCase strings, read exactly as written: "DRAFT" or "Draft" is an error that lists the allowed
/// values, where <see cref="JsonStringEnumConverter"/> alone would accept any case.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public const string NotAllowed = "is not one of the allowed values";

    private readonly JsonStringEnumConverter names = new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => names.CanConvert(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(Strict<>).MakeGenericType(typeToConvert), names.CreateConverter(typeToConvert, options));

    private sealed class Strict<T>(JsonConverter<T> inner) : JsonConverter<T> where T : struct, Enum
    {
        private static readonly string[] Names = Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } value && !Names.Contains(value, StringComparer.Ordinal))
            {
                throw new JsonException($"'{value}' {NotAllowed}: {string.Join(", ", Names)} (in lowercase, as written).");
            }
            return inner.Read(ref reader, typeToConvert, options);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
    }
}
