using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using Prikaz.Diagnostics;
using Prikaz.Schema;

namespace Prikaz.Loading;

/// <summary>
/// Turns NJsonSchema's validation errors into diagnostics at the YAML position of the offending value:
/// one Russian message per problem, with nested errors (array items, multi-type values, anyOf) flattened
/// to the one that explains the value, not a cascade.
/// </summary>
internal static class SchemaDiagnostics
{
    /// <summary>Russian explanations of the patterns the schemas use.</summary>
    private static readonly Dictionary<string, string> PatternExplanations = new(StringComparer.Ordinal)
    {
        [RoadmapSchema.AuthorityPattern] = "допустимы только строчные латинские буквы, цифры и дефис (до 64 знаков), например chel-minobr",
    };

    public static IEnumerable<Diagnostic> Report(IEnumerable<ValidationError> errors, YamlDocument document)
    {
        var flat = errors.SelectMany(Flatten).ToList();

        // "titel" beside a missing "title" is one mistake: report the misspelling, not also the absence.
        var misspelt = flat
            .Where(e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Token is JProperty)
            .Select(e => (Parent: PointerOf(e.Token!.Parent), Meant: EditDistance.Nearest(((JProperty)e.Token!).Name, e.Schema?.ActualProperties.Keys ?? [])))
            .ToHashSet();

        var seen = new HashSet<(string, string)>();
        foreach (var error in flat)
        {
            // A required member of something that is not a mapping at all: the wrong-type error says it.
            if (error.Kind == ValidationErrorKind.PropertyRequired
                && (error.Token is not JObject || misspelt.Contains((PointerOf(error.Token), error.Property))))
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

    private static IEnumerable<ValidationError> Flatten(ValidationError error) => error switch
    {
        MultiTypeValidationError multi => FlattenMultiType(multi),
        ChildSchemaValidationError { Kind: ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf } choice =>
            // Of the alternatives, the one with the fewest complaints is the one the author meant.
            choice.Errors.Values.OrderBy(e => e.Count).First().SelectMany(Flatten),
        ChildSchemaValidationError child => child.Errors.Values.SelectMany(e => e).SelectMany(Flatten),
        _ => [error],
    };

    /// <summary>
    /// A value may have several types (text or list). When the value is one of them, its own complaints
    /// matter ("list item 2 is not text"); otherwise one "wrong type" error names all the allowed types.
    /// </summary>
    private static IEnumerable<ValidationError> FlattenMultiType(MultiTypeValidationError multi)
    {
        var own = multi.Errors.FirstOrDefault(e => Matches(e.Key, multi.Token));
        return own.Value is { Count: > 0 } ownErrors ? ownErrors.SelectMany(Flatten) : [multi];
    }

    private static bool Matches(JsonObjectType type, JToken? token) => token?.Type switch
    {
        JTokenType.String => type == JsonObjectType.String,
        JTokenType.Array => type == JsonObjectType.Array,
        JTokenType.Object => type == JsonObjectType.Object,
        JTokenType.Integer or JTokenType.Float => type is JsonObjectType.Number or JsonObjectType.Integer,
        _ => false,
    };

    private static Diagnostic Describe(ValidationError error, YamlDocument document)
    {
        var pointer = PointerOf(error.Token);
        var value = error.Token is JProperty property ? property.Value : error.Token;
        var schema = error.Schema;

        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
            {
                var name = error.Property ?? JsonPointer.LastToken(pointer);
                var allowed = schema?.ActualProperties.Keys.ToList() ?? [];
                var suggestion = EditDistance.Nearest(name, allowed);
                var hint = suggestion is not null
                    ? $"; возможно, имелось в виду \"{suggestion}\""
                    : allowed.Count > 0 ? $"; допустимые поля: {string.Join(", ", allowed)}" : string.Empty;
                var at = document.Keys.TryGetValue(pointer, out var keyPosition) ? keyPosition : document.Map.Locate(pointer);
                return Create(document, at, LoadCodes.UnknownProperty, $"неизвестное поле \"{name}\"{hint}");
            }

            case ValidationErrorKind.PropertyRequired:
                return Create(document, document.Map.Locate(pointer), LoadCodes.MissingProperty,
                    $"не заполнено обязательное поле \"{error.Property}\"{Within(pointer)}");

            case ValidationErrorKind.PatternMismatch when schema?.Type.HasFlag(JsonObjectType.Number) == true:
                return At(LoadCodes.InvalidNumber, $"ожидается число, например 25 или 12.5, а указано \"{Text(value)}\"");

            case ValidationErrorKind.PatternMismatch:
            {
                var explanation = schema?.Pattern is { } pattern && PatternExplanations.TryGetValue(pattern, out var known)
                    ? known
                    : $"значение должно соответствовать образцу {schema?.Pattern}";
                return At(LoadCodes.PatternMismatch, $"недопустимое значение \"{Text(value)}\": {explanation}");
            }

            case ValidationErrorKind.NotInEnumeration:
            {
                var allowed = string.Join(", ", schema?.Enumeration.Where(v => v is not null) ?? []);
                return At(LoadCodes.NotAllowedValue, $"значение \"{Text(value)}\" не из списка допустимых: {allowed}");
            }

            case ValidationErrorKind.DateExpected:
                return At(LoadCodes.InvalidDate, DateProblem.Explain(Text(value)));

            case ValidationErrorKind.TooFewItems:
                return At(LoadCodes.SchemaViolation, "список пуст; укажите хотя бы одно значение или уберите поле");

            case ValidationErrorKind.NoTypeValidates:
            case ValidationErrorKind.StringExpected:
            case ValidationErrorKind.NumberExpected:
            case ValidationErrorKind.IntegerExpected:
            case ValidationErrorKind.BooleanExpected:
            case ValidationErrorKind.ObjectExpected:
            case ValidationErrorKind.ArrayExpected:
            case ValidationErrorKind.NullExpected:
                return At(LoadCodes.WrongType, $"ожидается {Expected(schema?.Type ?? JsonObjectType.None)}, а {Actual(value)}");

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

    private static string Expected(JsonObjectType type)
    {
        var names = new List<string>();
        if (type.HasFlag(JsonObjectType.String))
        {
            names.Add("строка");
        }
        else if (type.HasFlag(JsonObjectType.Number) || type.HasFlag(JsonObjectType.Integer))
        {
            names.Add("число");
        }

        if (type.HasFlag(JsonObjectType.Array))
        {
            names.Add("список");
        }

        if (type.HasFlag(JsonObjectType.Object))
        {
            names.Add("набор полей «ключ: значение»");
        }

        return names.Count == 0 ? "другое значение" : string.Join(" или ", names);
    }

    private static string Actual(JToken? token) => token?.Type switch
    {
        JTokenType.Array => "указан список",
        JTokenType.Object => "указан набор полей",
        JTokenType.Null or null => "значение не заполнено",
        _ => $"указана строка \"{Text(token)}\"",
    };

    private static string Text(JToken? token)
    {
        var text = token?.Type == JTokenType.String ? token.Value<string>() ?? string.Empty : token?.ToString() ?? string.Empty;
        return text.Length > 60 ? text[..60] + "…" : text;
    }

    /// <summary>The JSON Pointer of a token, from its place in the tree (robust to dots and brackets in keys).</summary>
    private static string PointerOf(JToken? token)
    {
        var segments = new List<string>();
        for (var current = token; current?.Parent is { } parent; current = parent)
        {
            if (current is JProperty property)
            {
                segments.Add(property.Name);
            }
            else if (parent is JArray array)
            {
                segments.Add(array.IndexOf(current).ToString(CultureInfo.InvariantCulture));
            }
        }

        segments.Reverse();
        return segments.Aggregate(string.Empty, JsonPointer.Property);
    }

    private static Diagnostic Create(YamlDocument document, SourcePosition at, string code, string message) =>
        new(document.Map.File, at.Line, at.Column, Severity.Error, code, message);
}
