using System.Text.Json;
using System.Text.Json.Serialization;
using Prikaz.Deadlines;

namespace Prikaz.Model;

/// <summary>Reads a deadline written as a string or a list of strings and recognises its terms.</summary>
internal sealed class DeadlineJsonConverter : JsonConverter<Deadline>
{
    public override Deadline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return DeadlineParser.Parse([reader.GetString()!]);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Срок должен быть строкой или списком строк.");
        }

        var parts = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            parts.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("Срок должен быть строкой."));
        }

        return DeadlineParser.Parse(parts);
    }

    public override void Write(Utf8JsonWriter writer, Deadline value, JsonSerializerOptions options)
    {
        if (value.Parts.Count <= 1)
        {
            writer.WriteStringValue(value.Source);
            return;
        }

        writer.WriteStartArray();
        foreach (var part in value.Parts)
        {
            writer.WriteStringValue(part);
        }

        writer.WriteEndArray();
    }
}
