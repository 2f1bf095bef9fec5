using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prikaz.Schema;

/// <summary>
/// The one JSON contract of the model: the schema is exported from these options and the loader binds
/// with them, so the schema an editor checks and the binding the loader does cannot drift apart.
/// </summary>
public static class ModelJson
{
    /// <summary>camelCase names and enum values, unknown members rejected, nullable annotations respected.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,

            // The YAML reader turns every scalar into text (see YamlJsonReader), so the few numbers of the
            // model (Column.Width) are read from strings; the schema then admits "25" as well as 25.
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            MaxDepth = 64,
        };
        options.Converters.Add(new TextBooleanJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
