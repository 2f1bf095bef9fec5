using System.Reflection;

namespace Prikaz.Schema;

/// <summary>
/// The committed schema files (<c>roadmaps/roadmap.schema.json</c>, <c>templates/authorities/profile.schema.json</c>)
/// built into this assembly. Loading one costs a resource read, where generating it from the model by
/// reflection costs a noticeable part of a cold start; tests keep each equal to its generated schema.
/// </summary>
internal static class CommittedSchema
{
    public static string Read(string fileName)
    {
        using var stream = typeof(CommittedSchema).Assembly.GetManifestResourceStream("Prikaz.Schema." + fileName)
            ?? throw new InvalidOperationException($"The schema {fileName} is not built into {typeof(CommittedSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
