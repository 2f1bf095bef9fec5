using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Prikaz.Documents;
using Prikaz.Pipeline;

namespace Prikaz.Building;

/// <summary>
/// The identity of the code that makes documents, for build fingerprints: the version alone misses a
/// writer changed in C# without a version bump, whose documents would then be called up to date. Each
/// assembly that shapes the output — the core (kinds, templates), the document model, every writer —
/// enters by its module version id, which a deterministic compiler derives from the assembly's content:
/// the same code gives the same id on every machine, any change a new one, at no cost at run time.
/// </summary>
public static class ToolBuild
{
    public static string Identity(string version, DocumentWriters writers)
    {
        var assemblies = writers.Formats
            .Select(format => writers.TryGet(format, out var writer) ? writer.GetType().Assembly : null)
            .OfType<Assembly>()
            .Append(typeof(DocumentPipeline).Assembly)
            .Append(typeof(Document).Assembly)
            .Distinct()
            .OrderBy(assembly => assembly.GetName().Name, StringComparer.Ordinal);
        var ids = string.Join('\n', assemblies.Select(assembly => $"{assembly.GetName().Name} {assembly.ManifestModule.ModuleVersionId:N}"));
        return version + "+" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..16];
    }
}
