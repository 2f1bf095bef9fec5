using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Prikaz.Diagnostics;
using Prikaz.Schema;

namespace Prikaz.Loading;

/// <summary>
/// Turns <see cref="SchemaValidator"/>'s errors into diagnostics at the YAML position of the offending
/// value: one Russian message per problem, with nested errors (array items, multi-type values) flattened
/// to the one that explains the value, not a cascade.
/// </summary>
internal static class SchemaDiagnostics
{
    /// <summary>Russian explanations of the patterns the schemas use.</summary>
    private static readonly Dictionary<string, string> PatternExplanations = new(StringComparer.Ordinal)
    {
        [DocumentSchema.AuthorityPattern] = "допустимы только строчные латинские буквы, цифры и дефис (до 64 знаков), например chel-minobr",
    };

    public static IEnumerable<Diagnostic> Report(IEnumerable<SchemaError> errors, YamlDocument document)
    {
        var flat = errors.SelectMany(Flatten).ToList();

        // "titel" beside a missing "title" is one mistake: report the misspelling, not also the absence.
        var misspelt = flat
            .Where(e => e.Kind == SchemaErrorKind.NoAdditionalPropertiesAllowed)
            .Select(e => (Parent: JsonPointer.Parent(e.Pointer), Meant: EditDistance.Nearest(e.Property!, e.Schema.Properties.Keys)))
            .ToHashSet();

        var seen = new HashSet<(string, string)>();
        foreach (var error in flat)
        {
            // A required member of something that is not a mapping at all: the wrong-type error says it.
            if (error.Kind == SchemaErrorKind.PropertyRequired
                && (error.Value is not JsonObject || misspelt.Contains((error.Pointer, error.Property))))
            {
                continue;
            }

            var diagnostic = Describe(error, document);
            if (seen.Add((diagnostic.Code, diagnostic.ToString())))
            {
                yield return diagnostic;
            }
        }
    }

    private static IEnumerable<SchemaError> Flatten(SchemaError error) => error switch
    {
        { Kind: SchemaErrorKind.NoTypeValidates } => FlattenMultiType(error),
        { Errors.Count: > 0 } => error.Errors.SelectMany(Flatten),
        _ => [error],
    };

    /// <summary>
    /// A value may have several types (text or list). When the value is one of them, its own complaints
    /// matter ("list item 2 is not text"); otherwise one "wrong type" error names all the allowed types.
    /// </summary>
    private static IEnumerable<SchemaError> FlattenMultiType(SchemaError multi)
    {
        var own = multi.ErrorsByType.FirstOrDefault(e => Matches(e.Key, multi.Value));
        return own.Value is { Count: > 0 } ownErrors ? ownErrors.SelectMany(Flatten) : [multi];
    }

    private static bool Matches(SchemaTypes type, JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.String => type == SchemaTypes.String,
        JsonValueKind.Array => type == SchemaTypes.Array,
        JsonValueKind.Object => type == SchemaTypes.Object,
        JsonValueKind.Number => type is SchemaTypes.Number or SchemaTypes.Integer,
        _ => false,
    };

    private static Diagnostic Describe(SchemaError error, YamlDocument document)
    {
        var pointer = error.Pointer;
        var value = error.Value;
        var schema = error.Schema;

        switch (error.Kind)
        {
            case SchemaErrorKind.NoAdditionalPropertiesAllowed:
            {
                var name = error.Property ?? JsonPointer.LastToken(pointer);
                var allowed = schema.Properties.Keys.ToList();
                var suggestion = EditDistance.Nearest(name, allowed);
                var hint = suggestion is not null
                    ? $"; возможно, имелось в виду \"{suggestion}\""
                    : allowed.Count > 0 ? $"; допустимые поля: {string.Join(", ", allowed)}" : string.Empty;
                var at = document.Keys.TryGetValue(pointer, out var keyPosition) ? keyPosition : document.Map.Locate(pointer);
                return Create(document, at, LoadCodes.UnknownProperty, $"неизвестное поле \"{name}\"{hint}");
            }

            case SchemaErrorKind.PropertyRequired:
                return Create(document, document.Map.Locate(pointer), LoadCodes.MissingProperty,
                    $"не заполнено обязательное поле \"{error.Property}\"{Within(pointer)}");

            case SchemaErrorKind.PatternMismatch when schema.Types.HasFlag(SchemaTypes.Number):
                return At(LoadCodes.InvalidNumber, $"ожидается число, например 25 или 12.5, а указано \"{Text(value)}\"");

            case SchemaErrorKind.PatternMismatch:
            {
                var explanation = schema.Pattern is { } pattern && PatternExplanations.TryGetValue(pattern, out var known)
                    ? known
                    : $"значение должно соответствовать образцу {schema.Pattern}";
                return At(LoadCodes.PatternMismatch, $"недопустимое значение \"{Text(value)}\": {explanation}");
            }

            case SchemaErrorKind.NotInEnumeration:
            {
                var allowed = string.Join(", ", schema.Enumeration.OfType<string>().Select(option => Explained(option, schema.Description)));
                return At(LoadCodes.NotAllowedValue, $"значение \"{Text(value)}\" не из списка допустимых: {allowed}");
            }

            case SchemaErrorKind.DateExpected:
                return At(LoadCodes.InvalidDate, DateProblem.Explain(Text(value)));

            case SchemaErrorKind.TooFewItems:
                return At(LoadCodes.SchemaViolation, "список пуст; укажите хотя бы одно значение или уберите поле");

            case SchemaErrorKind.NoTypeValidates:
            case SchemaErrorKind.StringExpected:
            case SchemaErrorKind.NumberExpected:
            case SchemaErrorKind.IntegerExpected:
            case SchemaErrorKind.BooleanExpected:
            case SchemaErrorKind.ObjectExpected:
            case SchemaErrorKind.ArrayExpected:
            case SchemaErrorKind.NullExpected:
                return At(LoadCodes.WrongType, $"ожидается {Expected(schema.Types)}, а {Actual(value)}");

            case SchemaErrorKind.TooDeep:
                return At(LoadCodes.TooDeep, string.Create(CultureInfo.InvariantCulture,
                    $"вложенность глубже {YamlJsonReader.MaxDepth} уровней; проверьте отступы и скобки"));

            default:
                return At(LoadCodes.SchemaViolation, $"значение не соответствует схеме ({error.Kind})");
        }

        Diagnostic At(string code, string message) =>
            Create(document, document.Map.Locate(pointer), code, Subject(pointer) + message);
    }

    /// <summary>«поле "title": » or «элемент 2 списка "points": », so the message says what is wrong where.</summary>
    private static string Subject(string pointer)
    {
        if (pointer.Length == 0)
        {
            return string.Empty;
        }

        var last = JsonPointer.LastToken(pointer);
        if (int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            var list = JsonPointer.LastToken(JsonPointer.Parent(pointer));
            return string.Create(CultureInfo.InvariantCulture, $"элемент {index + 1} списка \"{list}\": ");
        }

        return $"поле \"{last}\": ";
    }

    private static string Within(string pointer)
    {
        if (pointer.Length == 0)
        {
            return string.Empty;
        }

        var last = JsonPointer.LastToken(pointer);
        return int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? string.Create(CultureInfo.InvariantCulture, $" в элементе {index + 1} списка \"{JsonPointer.LastToken(JsonPointer.Parent(pointer))}\"")
            : $" в \"{last}\"";
    }

    private static string Expected(SchemaTypes type)
    {
        var names = new List<string>();
        if (type.HasFlag(SchemaTypes.String))
        {
            names.Add("строка");
        }
        else if (type.HasFlag(SchemaTypes.Number) || type.HasFlag(SchemaTypes.Integer))
        {
            names.Add("число");
        }

        if (type.HasFlag(SchemaTypes.Array))
        {
            names.Add("список");
        }

        if (type.HasFlag(SchemaTypes.Object))
        {
            names.Add("набор полей «ключ: значение»");
        }

        return names.Count == 0 ? "другое значение" : string.Join(" или ", names);
    }

    private static string Actual(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.Array => "указан список",
        JsonValueKind.Object => "указан набор полей",
        JsonValueKind.Null or null => "значение не заполнено",
        _ => $"указана строка \"{Text(value)}\"",
    };

    /// <summary>
    /// An allowed value with its meaning, when the field's description gives one in the house form
    /// «directive — распоряжение, …»: «directive — распоряжение».
    /// </summary>
    private static string Explained(string option, string? description)
    {
        if (description is null)
        {
            return option;
        }

        var meaning = Regex.Match(description, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(option)} — (?<meaning>.+?)(?=, \p{{Ll}}\w* — |; |\.\s*$|\.\s+\p{{Lu}}|$)");
        return meaning.Success ? $"{option} — {meaning.Groups["meaning"].Value}" : option;
    }

    private static string Text(JsonNode? value)
    {
        var text = NodeText.Of(value);
        return text.Length > 60 ? text[..60] + "…" : text;
    }

    private static Diagnostic Create(YamlDocument document, SourcePosition at, string code, string message) =>
        new(document.Map.File, at.Line, at.Column, Severity.Error, code, message);
}
