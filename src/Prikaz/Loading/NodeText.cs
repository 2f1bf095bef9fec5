using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Prikaz.Loading;

/// <summary>
/// A value as text, the way Newtonsoft's <c>JToken.ToString()</c> wrote it when the reference validator
/// checked our documents: that validator compares enum options by this text, and diagnostics quote it.
/// </summary>
internal static class NodeText
{
    /// <summary>Indented, non-ASCII letters as they are (Cyrillic stays readable in a message).</summary>
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A string as it is, null as empty, true/false capitalised as .NET writes booleans, lists and mappings as indented JSON.</summary>
    public static string Of(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        JsonValue flag when flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False => flag.GetValueKind() == JsonValueKind.True ? "True" : "False",
        JsonValue { } scalar when scalar.GetValueKind() == JsonValueKind.Null => string.Empty,
        JsonValue scalar => scalar.ToJsonString(),
        _ => Container(value),
    };

    /// <summary>
    /// A YAML document is never deeper than <see cref="YamlJsonReader.MaxDepth"/>, which the writer accepts;
    /// only a deeper tree built in code makes it refuse, and then an ellipsis stands for the contents.
    /// </summary>
    private static string Container(JsonNode value)
    {
        try
        {
            return value.ToJsonString(Indented);
        }
        catch (InvalidOperationException)
        {
            return value is JsonArray ? "[…]" : "{…}";
        }
    }
}
