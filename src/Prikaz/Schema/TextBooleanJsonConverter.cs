using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prikaz.Schema;

/// <summary>
/// Reads a boolean that the YAML reader delivered as text (YAML 1.2 core: <c>true</c>, <c>false</c>
/// in any of their three spellings). Only these words: «yes»/«no» stay text, as YAML 1.2 says.
/// </summary>
internal sealed class TextBooleanJsonConverter : JsonConverter<bool>
{
    public static readonly string[] Words = ["true", "false", "True", "False", "TRUE", "FALSE"];

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String when reader.GetString() is { } text && Words.Contains(text, StringComparer.Ordinal) =>
            text.Equals("true", StringComparison.OrdinalIgnoreCase),
        _ => throw new JsonException("ожидается true или false"),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
