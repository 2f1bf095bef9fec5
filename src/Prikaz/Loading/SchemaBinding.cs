using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Prikaz.Diagnostics;

namespace Prikaz.Loading;

/// <summary>
/// The last two steps of loading: validate a YAML file's JSON tree against a JSON Schema, then bind it
/// through a compile-time contract (see <see cref="Schema.ModelJson"/>). Reports, never throws; the
/// schema is parsed on first use and shared by every thread.
/// </summary>
internal sealed class SchemaBinding
{
    private readonly Lazy<SchemaValidator> validator;
    private readonly JsonTypeInfo contract;

    /// <param name="schemaText">The schema JSON, generated from the same model and options as <paramref name="contract"/>.</param>
    public SchemaBinding(Func<string> schemaText, JsonTypeInfo contract)
    {
        validator = new Lazy<SchemaValidator>(() => new SchemaValidator(schemaText()));
        this.contract = contract;
    }

    /// <summary>The bound value, or null with the reasons added to <paramref name="diagnostics"/>.</summary>
    public object? Apply(YamlDocument document, List<Diagnostic> diagnostics)
    {
        if (document.Root is null)
        {
            return null;
        }

        diagnostics.AddRange(SchemaDiagnostics.Report(validator.Value.Validate(document.Root), document));
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return null;
        }

        var value = Bind(document, diagnostics);
        return diagnostics.Any(d => d.Severity == Severity.Error) ? null : value;
    }

    private object? Bind(YamlDocument document, List<Diagnostic> diagnostics)
    {
        try
        {
            return document.Root.Deserialize(contract)
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

}
