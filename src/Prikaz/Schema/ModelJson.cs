using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Prikaz.Schema;

/// <summary>
/// The one JSON contract of the model: the schema is exported from these options and the loader binds
/// with them, so the schema an editor checks and the binding the loader does cannot drift apart.
/// </summary>
public static class ModelJson
{
    /// <summary>camelCase names and enum values, unknown members rejected, nullable annotations respected.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The compile-time contract of <typeparamref name="T"/> under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

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

            // Binding a loaded tree writes it out as UTF-8 JSON and reads it back; the default encoder
            // would escape every Cyrillic letter as \uXXXX only for the reader to unescape it (about 6 % of
            // a validate's CPU in a profile). Nothing written with these options reaches a browser or a file.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new TextBooleanJsonConverter());
        options.TypeInfoResolver = ModelJsonContext.Default.WithAddedModifier(InitOnlyInitializers.Keep);
        options.MakeReadOnly();
        return options;
    }
}
