using System.Security.Cryptography;
using System.Text;
using Prikaz.Documents;
using Prikaz.IO;
using Prikaz.Pipeline;

namespace Prikaz.Building;

/// <summary>
/// The key under which a document's check results (<see cref="CheckCache"/>) are kept, computable
/// before the document is parsed, so it cannot know the document's authority: SHA-256 over the tool's
/// build, the document kinds' code, what the pipeline checks against (its as-of date, whether it
/// reports characters the PDF lacks), the requested formats, every file of every template layer
/// (templates, every authority's profile, pictures, calendars, fonts) and every writer's input files,
/// then the document's path in the repository and its bytes, and the digest of the other documents and
/// folders it read the last time (<see cref="DocumentDependencies"/>, as they are now). A key that
/// matches means every input the checks and the templates could have read is as it was, so the
/// recorded diagnostics and the recorded fingerprint are still true. Thread-safe; the shared part is
/// hashed once.
/// </summary>
public sealed class CheckKeys
{
    private readonly byte[] shared;

    public CheckKeys(DocumentPipeline pipeline, IReadOnlyList<string> formats, string toolBuild)
    {
        var text = new StringBuilder();
        text.Append("tool ").Append(toolBuild).Append('\n');
        text.Append("checks ").Append(pipeline.ChecksIdentity).Append('\n');
        text.Append("formats ").Append(string.Join(',', formats.Select(f => f.ToLowerInvariant()).Order(StringComparer.Ordinal))).Append('\n');
        foreach (var kind in pipeline.Kinds.All)
        {
            text.Append("kind ").Append(kind.Id).Append(' ').Append(kind.GetType().Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        }

        // A layer enters by its rank, never by its path, so the key is the same on every machine.
        foreach (var file in pipeline.Templates.Files(_ => true))
        {
            text.Append(file.Layer.Rank).Append('/').Append(file.Name).Append(' ').Append(ContentHash.Sha256(File.ReadAllBytes(file.Path))).Append('\n');
        }

        foreach (var format in pipeline.Writers.Formats)
        {
            foreach (var input in pipeline.Writers.Get(format).InputFiles)
            {
                text.Append(format).Append(' ').Append(Path.GetFileName(input)).Append(' ')
                    .Append(File.Exists(input) ? ContentHash.Sha256(File.ReadAllBytes(input)) : "absent").Append('\n');
            }
        }

        shared = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// The key of the document at <paramref name="source"/> (relative to the repository, with '/') whose
    /// bytes hash to <paramref name="sourceSha256"/>; <paramref name="dependencies"/> is the digest of what
    /// else it read (<see cref="DependencyDigests"/>), null when nothing.
    /// </summary>
    public string For(string source, string sourceSha256, string? dependencies)
    {
        var text = $"{Convert.ToHexStringLower(shared)}\n{source}\n{sourceSha256}\n{dependencies ?? "alone"}\n";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
