using System.Text.Json.Nodes;
using Prikaz.Kinds;

namespace Prikaz.Schema;

/// <summary>
/// The JSON Schema of a document file, generated from the models of the built-in kinds: one definition
/// per kind, chosen by the root <c>kind</c> (<c>oneOf</c>), each with a Russian description on every
/// field. The committed copy <c>roadmaps/roadmap.schema.json</c> serves editors
/// (<c># yaml-language-server: $schema=roadmap.schema.json</c>) and, built into the library, the
/// loader, which validates a file against its own kind's definition; a test keeps it equal to
/// <see cref="Generate"/>.
/// </summary>
public static class DocumentSchema
{
    /// <summary>The file name of the committed schema beside the roadmaps.</summary>
    public const string FileName = "roadmap.schema.json";

    /// <summary>An authority id names a file under templates/authorities, so it must not carry a path.</summary>
    public const string AuthorityPattern = "^[a-z0-9][a-z0-9-]{0,63}$";

    /// <summary>A stable id of an item, section or point: a name to match editions by, never printed.</summary>
    public const string UnitIdPattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";

    private const string Definitions = "definitions";

    private static readonly Lazy<string> Text = new(() => Combine(DocumentKinds.BuiltIn));

    private static readonly Lazy<string> Committed = new(() => CommittedSchema.Read(FileName));

    private static readonly Lazy<JsonObject> CommittedDefinitions = new(() =>
        JsonNode.Parse(Committed.Value)![Definitions]!.AsObject());

    /// <summary>The schema as indented JSON (LF line ends, stable key order), byte-identical on every run.</summary>
    public static string Generate() => Text.Value;

    /// <summary>
    /// The committed <c>roadmaps/roadmap.schema.json</c> as built into the library: equal to
    /// <see cref="Generate"/> (a test keeps them so) and much cheaper in a cold process.
    /// </summary>
    public static string Json => Committed.Value;

    /// <summary>
    /// The committed definition of one built-in kind as the loader validates with it: without the root
    /// <c>kind</c>, which <see cref="Loading.KindDiscriminator"/> has already read and taken out.
    /// </summary>
    internal static string Definition(string kindId)
    {
        var definition = CommittedDefinitions.Value[kindId]!.DeepClone().AsObject();
        MoveReferences(definition, $"#/{Definitions}/{kindId}/", "#/");
        definition["properties"]!.AsObject().Remove(Loading.KindDiscriminator.Key);
        if (definition["required"] is JsonArray required && required.FirstOrDefault(n => (string?)n == Loading.KindDiscriminator.Key) is { } kind)
        {
            required.Remove(kind);
        }

        return ModelSchemaExporter.Write(definition);
    }

    private static string Combine(DocumentKinds kinds)
    {
        var generated = kinds.All.OfType<IGeneratedSchema>().ToList();
        var summary = string.Join("; ", kinds.All.Select(k => $"{k.Id} — {k.Description}"));
        var definitions = new JsonObject();
        foreach (var kind in generated)
        {
            definitions[kind.Id] = WithKindKey(kind, isDefault: kind.Id == kinds.Default.Id);
        }

        return ModelSchemaExporter.Write(new JsonObject
        {
            ["$schema"] = ModelSchemaExporter.Draft,
            ["title"] = "Документ Prikaz",
            ["description"] = $"Один файл YAML — один документ. Вид документа задаёт поле kind: {summary}; без kind — {kinds.Default.Id}.",
            ["oneOf"] = new JsonArray([.. generated.Select(kind => (JsonNode)new JsonObject { ["$ref"] = $"#/{Definitions}/{kind.Id}" })]),
            [Definitions] = definitions,
        });
    }

    // Editors see the root «kind» in every definition; the default kind's files may leave it out.
    private static JsonObject WithKindKey(IGeneratedSchema kind, bool isDefault)
    {
        var body = ModelSchemaExporter.ExportBody(kind.ModelType, kind.Patterns);
        MoveReferences(body, "#/", $"#/{Definitions}/{kind.Id}/");
        var description = $"Вид документа: {kind.Id} — {kind.Description}." + (isDefault ? " Можно не указывать: это вид по умолчанию." : string.Empty);
        body["properties"]!.AsObject().Insert(0, Loading.KindDiscriminator.Key, new JsonObject
        {
            ["description"] = description,
            ["enum"] = new JsonArray(kind.Id),
        });
        if (!isDefault)
        {
            var required = body["required"] as JsonArray ?? [];
            required.Insert(0, Loading.KindDiscriminator.Key);
            body["required"] = required;
        }

        return body;
    }

    // A recursive part of a model (sub-points) refers to itself by a pointer from the schema's root;
    // inside the combined schema that root is the kind's definition.
    private static void MoveReferences(JsonNode node, string from, string to) =>
        SchemaReferences.Retarget(node, reference => reference.StartsWith(from, StringComparison.Ordinal) ? to + reference[from.Length..] : null);
}
