using Prikaz.Model;

namespace Prikaz.Schema;

/// <summary>
/// The JSON Schema of a roadmap file (<see cref="OrderFile"/>), generated from the model. The committed
/// copy <c>roadmaps/roadmap.schema.json</c> serves editors (<c># yaml-language-server: $schema=roadmap.schema.json</c>);
/// a test keeps it equal to <see cref="Generate"/>.
/// </summary>
public static class RoadmapSchema
{
    /// <summary>The file name of the committed schema beside the roadmaps.</summary>
    public const string FileName = "roadmap.schema.json";

    /// <summary>An authority id names a file under templates/authorities, so it must not carry a path.</summary>
    public const string AuthorityPattern = "^[a-z0-9][a-z0-9-]{0,63}$";

    /// <summary>A stable id of an item, section or point: a name to match editions by, never printed.</summary>
    public const string UnitIdPattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";

    private static readonly Lazy<string> Text = new(() => ModelSchemaExporter.Export(
        typeof(OrderFile),
        "Приказ Prikaz с «дорожной картой»",
        [
            new PropertyPattern(typeof(OrderFile), "authority", AuthorityPattern),
            new PropertyPattern(typeof(Item), "id", UnitIdPattern),
            new PropertyPattern(typeof(Section), "id", UnitIdPattern),
            new PropertyPattern(typeof(Point), "id", UnitIdPattern),
        ]));

    private static readonly Lazy<string> Committed = new(() => CommittedSchema.Read(FileName));

    /// <summary>The schema as indented JSON (LF line ends, stable key order), byte-identical on every run.</summary>
    public static string Generate() => Text.Value;

    /// <summary>
    /// The committed <c>roadmaps/roadmap.schema.json</c> as built into the library: equal to
    /// <see cref="Generate"/> (a test keeps them so) and much cheaper in a cold process.
    /// </summary>
    public static string Json => Committed.Value;
}
