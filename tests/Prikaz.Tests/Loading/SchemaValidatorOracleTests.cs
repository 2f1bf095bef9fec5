using System.Globalization;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Profiles;
using Prikaz.Schema;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Loading;

/// <summary>
/// <see cref="SchemaValidator"/> replaces NJsonSchema, which the library used until the CLI was compiled
/// with native AOT (NJsonSchema builds generic types by reflection, which a native binary cannot). The
/// diagnostics are derived from the errors, so the errors must be NJsonSchema's: the same kinds, values
/// and member names, nested the same way, in the same order. Checked on every YAML file of the
/// repository's cases, the seeds, the profiles and thousands of mutations of them.
/// </summary>
public sealed class SchemaValidatorOracleTests
{
    private static readonly (SchemaValidator Ours, JsonSchema Oracle) Roadmap =
        (new SchemaValidator(DocumentSchema.Definition("order")), JsonSchema.FromJsonAsync(DocumentSchema.Definition("order")).GetAwaiter().GetResult());

    private static readonly (SchemaValidator Ours, JsonSchema Oracle) Profile =
        (new SchemaValidator(ProfileSchema.Json), JsonSchema.FromJsonAsync(ProfileSchema.Json).GetAwaiter().GetResult());

    private static readonly string[] RoadmapFiles =
    [
        .. Directory.EnumerateFiles(GoldenFile.CasesRoot(), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal),
        .. Directory.EnumerateFiles(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps"), "*.yaml").Order(StringComparer.Ordinal),
    ];

    private static readonly string[] ProfileFiles =
        [.. Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "templates", "authorities"), "*.yaml").Order(StringComparer.Ordinal)];

    // Over 2 s (thousands of mutations, each also validated by NJsonSchema): the integration tier.
    [Fact]
    [Trait("Category", "Integration")]
    public void Errors_equal_the_oracle_on_every_case_and_thousands_of_mutations()
    {
        var checkedFiles = 0;
        var rejected = 0;
        foreach (var (text, schema) in Texts())
        {
            var root = YamlJsonReader.Read(text, "x.yaml").Root;
            if (root is null)
            {
                continue;
            }

            checkedFiles++;
            var expected = Lines(schema.Oracle.Validate(ToJToken(root)), depth: 0).ToList();
            var actual = Lines(schema.Ours.Validate(root), depth: 0).ToList();
            rejected += expected.Count > 0 ? 1 : 0;
            Assert.True(expected.SequenceEqual(actual),
                $"NJsonSchema:\n{string.Join('\n', expected)}\nSchemaValidator:\n{string.Join('\n', actual)}\ndocument:\n{text}");
        }

        Assert.True(checkedFiles > 2000 && rejected > 500, $"{checkedFiles} documents, {rejected} rejected");
    }

    /// <summary>One line per error — kind, JSON Pointer of the value, member name — children indented under it.</summary>
    private static IEnumerable<string> Lines(IEnumerable<ValidationError> errors, int depth)
    {
        foreach (var error in errors)
        {
            yield return Line(depth, error.Kind.ToString(), PointerOf(error.Token), error.Property);
            var children = error switch
            {
                MultiTypeValidationError multi => multi.Errors.SelectMany(e => Group(depth + 1, e.Key.ToString(), e.Value)),
                ChildSchemaValidationError child => child.Errors.Values.SelectMany(e => Lines(e, depth + 1)),
                _ => [],
            };
            foreach (var line in children)
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> Lines(IEnumerable<SchemaError> errors, int depth)
    {
        foreach (var error in errors)
        {
            yield return Line(depth, error.Kind.ToString(), error.Pointer, error.Property);
            var children = error.ErrorsByType.Count > 0
                ? error.ErrorsByType.SelectMany(e => Group(depth + 1, e.Key.ToString(), e.Value))
                : Lines(error.Errors, depth + 1);
            foreach (var line in children)
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> Group(int depth, string type, IEnumerable<ValidationError> errors) =>
        [new string(' ', depth * 2) + "as " + type, .. Lines(errors, depth + 1)];

    private static IEnumerable<string> Group(int depth, string type, IEnumerable<SchemaError> errors) =>
        [new string(' ', depth * 2) + "as " + type, .. Lines(errors, depth + 1)];

    private static string Line(int depth, string kind, string pointer, string? property) =>
        $"{new string(' ', depth * 2)}{kind} '{pointer}' {property ?? "(null)"}";

    private static IEnumerable<(string Text, (SchemaValidator Ours, JsonSchema Oracle) Schema)> Texts()
    {
        var random = new Random(1324);
        foreach (var file in RoadmapFiles)
        {
            var text = File.ReadAllText(file);
            yield return (text, Roadmap);
            for (var i = 0; i < 40; i++)
            {
                yield return (Mutate(text, random), Roadmap);
            }
        }

        foreach (var file in ProfileFiles)
        {
            var text = File.ReadAllText(file);
            yield return (text, Profile);
            for (var i = 0; i < 200; i++)
            {
                yield return (Mutate(text, random), Profile);
            }
        }
    }

    /// <summary>
    /// Word-level edits that keep the YAML readable but break types, enums, patterns, dates and names:
    /// values replaced (also by lists and mappings), keys misspelt or given dots and spaces, lines
    /// dropped, values wrapped in a list, list items prefixed.
    /// </summary>
    private static string Mutate(string text, Random random)
    {
        string[] replacements =
        [
            "", "0", "01", "1.5", "1e3", "-", "true", "null", "[]", "{}", "Landscape", "x", "2020-02-30", "2020-1-5", "Чел", "a b", "\"\"", "[1]", "~",
            "[order]", "{a: b}", "[a, [b]]", "[[x]]", "{text: 1, y: 2}", "\"a\\u0001b\"", "\"x\\ny\"", "stamp", "[null]", "[{}]", "\"abc\\n\"",
        ];
        var lines = text.Split('\n');
        for (var edits = 1 + random.Next(4); edits > 0; edits--)
        {
            var at = random.Next(lines.Length);
            var line = lines[at];
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            lines[at] = random.Next(5) switch
            {
                0 when colon > 0 => line[..(colon + 2)] + replacements[random.Next(replacements.Length)],
                1 when colon > 0 => line[..colon] + (random.Next(2) == 0 ? "x" : ".y z") + line[colon..],
                2 => string.Empty,
                3 when colon > 0 => line[..(colon + 2)] + "[" + line[(colon + 2)..] + "]",
                _ => line.Replace("- ", "- " + replacements[random.Next(replacements.Length)] + " ", StringComparison.Ordinal),
            };
        }

        return string.Join('\n', lines);
    }

    /// <summary>As the library handed documents to NJsonSchema: without turning date-like strings into dates.</summary>
    private static JToken ToJToken(JsonNode root)
    {
        using var reader = new JsonTextReader(new StringReader(root.ToJsonString()))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = YamlJsonReader.MaxDepth + 2,
        };
        return JToken.ReadFrom(reader);
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
}
