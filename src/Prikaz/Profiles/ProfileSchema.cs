using Prikaz.Schema;

namespace Prikaz.Profiles;

/// <summary>The JSON Schema of an authority profile, generated from <see cref="AuthorityProfile"/> like the roadmap schema.</summary>
public static class ProfileSchema
{
    /// <summary>The file name of the committed copy in <c>templates/authorities/</c>.</summary>
    public const string FileName = "profile.schema.json";

    private static readonly Lazy<string> Text = new(() => ModelSchemaExporter.Export(
        typeof(AuthorityProfile),
        "Профиль органа власти Prikaz",
        [new PropertyPattern(typeof(AuthorityProfile), "id", DocumentSchema.AuthorityPattern)]));

    private static readonly Lazy<string> Committed = new(() => CommittedSchema.Read(FileName));

    /// <summary>The schema as indented JSON, byte-identical on every run.</summary>
    public static string Generate() => Text.Value;

    /// <summary>The committed <c>templates/authorities/profile.schema.json</c> as built into the library, equal to <see cref="Generate"/>.</summary>
    public static string Json => Committed.Value;
}
