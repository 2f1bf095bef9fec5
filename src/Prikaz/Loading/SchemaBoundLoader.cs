using System.Text.Json;
using System.Text.Json.Nodes;
using Prikaz.Diagnostics;
using Prikaz.Schema;

namespace Prikaz.Loading;

/// <summary>
/// Loads a YAML file into a model record in four steps, each reporting instead of throwing: read the
/// text (size, encoding), YAML → JSON with positions, validate against the JSON Schema, bind with
/// <see cref="ModelJson.Options"/>. Shared by roadmap files and authority profiles.
/// </summary>
internal sealed class SchemaBoundLoader<T>
    where T : class
{
    private readonly Lazy<SchemaValidator> validator;

    /// <param name="schemaText">The schema JSON, generated from the same model and options used for binding.</param>
    public SchemaBoundLoader(Func<string> schemaText)
    {
        validator = new Lazy<SchemaValidator>(() => new SchemaValidator(schemaText()));
    }

    public Loaded<T> Load(string path, string displayPath)
    {
        var diagnostics = new List<Diagnostic>();
        var text = SourceText.Read(path, displayPath, diagnostics);
        return text is null ? new Loaded<T>(null, diagnostics, new SourceMap(displayPath)) : Parse(text, displayPath);
    }

    public Loaded<T> Parse(string text, string displayPath)
    {
        var diagnostics = new List<Diagnostic>();
        var checkedText = SourceText.Check(text, displayPath, diagnostics);
        if (checkedText is null)
        {
            return new Loaded<T>(null, diagnostics, new SourceMap(displayPath));
        }

        var document = YamlJsonReader.Read(checkedText, displayPath);
        diagnostics.AddRange(document.Diagnostics);
        if (document.Root is null)
        {
            return new Loaded<T>(null, Sorted(diagnostics), document.Map);
        }

        diagnostics.AddRange(SchemaDiagnostics.Report(validator.Value.Validate(document.Root), document));
        if (HasErrors(diagnostics))
        {
            return new Loaded<T>(null, Sorted(diagnostics), document.Map);
        }

        var value = Bind(document, diagnostics);
        return new Loaded<T>(HasErrors(diagnostics) ? null : value, Sorted(diagnostics), document.Map);
    }

    private static T? Bind(YamlDocument document, List<Diagnostic> diagnostics)
    {
        try
        {
            return document.Root.Deserialize(ModelJson.TypeInfo<T>())
                ?? throw new System.Text.Json.JsonException("Пустой документ.");
        }
        catch (System.Text.Json.JsonException e)
        {
            var pointer = JsonPathPointer.FromPath(e.Path);
            var position = e.Message.Contains("could not be mapped", StringComparison.Ordinal) && document.Keys.TryGetValue(pointer, out var key)
                ? key
                : document.Map.Locate(pointer);
            diagnostics.Add(new Diagnostic(document.Map.File, position.Line, position.Column, Severity.Error, LoadCodes.BindingFailed,
                BindingMessage(e, pointer, Find(document.Root, pointer))));
            return null;
        }
    }

    /// <summary>
    /// The schema already checks shapes and dates, so binding fails only where a converter is stricter
    /// than the schema; our converters throw Russian messages, the runtime's own ones are English.
    /// </summary>
    private static string BindingMessage(System.Text.Json.JsonException e, string pointer, JsonNode? value)
    {
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"неизвестное поле \"{JsonPointer.LastToken(pointer)}\"";
        }

        var including = e.Message.IndexOf("missing required properties including:", StringComparison.Ordinal);
        if (including >= 0)
        {
            var names = e.Message[including..].Split('\'').Where((_, i) => i % 2 == 1);
            return $"не заполнены обязательные поля: {string.Join(", ", names.Select(n => $"\"{n}\""))}";
        }

        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (text is not null && e.Message.Contains("DateOnly", StringComparison.Ordinal))
        {
            return DateProblem.Explain(text);
        }

        if (text is not null && e.Message.Contains("Double", StringComparison.Ordinal))
        {
            return $"число {text} вне допустимых пределов";
        }

        if (e.Message.Any(c => c is >= 'А' and <= 'я'))
        {
            return e.Message;
        }

        return text is null ? "значение не удалось прочитать" : $"значение \"{text}\" не удалось прочитать";
    }

    private static JsonNode? Find(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var name in JsonPointer.Tokens(pointer))
        {
            node = node switch
            {
                JsonObject o => o[name],
                JsonArray a when int.TryParse(name, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }

    private static bool HasErrors(List<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == Severity.Error);

    private static List<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];
}

/// <summary>What <see cref="SchemaBoundLoader{T}"/> produced: the value only when there are no errors.</summary>
internal sealed record Loaded<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics, SourceMap Map)
    where T : class;
