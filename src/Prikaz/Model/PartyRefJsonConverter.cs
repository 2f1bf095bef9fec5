using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prikaz.Model;

/// <summary>Reads the YAML shorthand: a bare string is a party id; a mapping names its fields.</summary>
internal sealed class PartyRefJsonConverter : JsonConverter<PartyRef>
{
    public override PartyRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new PartyRef { Party = reader.GetString() };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Ожидается идентификатор исполнителя или {party: …}, {text: …}.");
        }

        string? party = null, note = null, text = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("Ожидается строка.");
            switch (name)
            {
                case "party": party = value; break;
                case "note": note = value; break;
                case "text": text = value; break;
                default: throw new JsonException($"Неизвестное поле «{name}».");
            }
        }

        return new PartyRef { Party = party, Note = note, Text = text };
    }

    public override void Write(Utf8JsonWriter writer, PartyRef value, JsonSerializerOptions options)
    {
        if (value.Note is null && value.Text is null && value.Party is not null)
        {
            writer.WriteStringValue(value.Party);
            return;
        }

        writer.WriteStartObject();
        if (value.Party is not null) writer.WriteString("party", value.Party);
        if (value.Note is not null) writer.WriteString("note", value.Note);
        if (value.Text is not null) writer.WriteString("text", value.Text);
        writer.WriteEndObject();
    }
}
