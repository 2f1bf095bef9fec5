using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Prikaz.Documents;
using Prikaz.IO;
using Prikaz.Templating;

namespace Prikaz.Building;

/// <summary>
/// The fingerprint of everything a document is made from: SHA-256 over the tool's build
/// (<see cref="ToolBuild"/>), the requested formats, every template (<c>*.sbn</c>) and authority asset
/// (pictures beside the profiles), the files the selected writers name as their inputs
/// (<see cref="IDocumentWriter.InputFiles"/>: the PDF writer's fonts), the authority's profile file, and
/// the roadmap's bytes. Paths enter it relative to the templates folder (a writer's inputs by file
/// name), so it is the same on every machine. Thread-safe: the shared part is hashed once, each
/// profile once.
/// </summary>
public sealed class InputFingerprints
{
    private readonly TemplateFolder folder;
    private readonly byte[] shared;
    private readonly ConcurrentDictionary<string, byte[]> profiles = new(StringComparer.Ordinal);

    /// <param name="folder">The templates folder.</param>
    /// <param name="writers">The writers of the requested formats.</param>
    /// <param name="toolVersion">The tool's build identity (<see cref="ToolBuild.Identity"/>): another build may write other bytes.</param>
    public InputFingerprints(TemplateFolder folder, IEnumerable<IDocumentWriter> writers, string toolVersion)
    {
        this.folder = folder;
        var selected = writers.DistinctBy(w => w.Format.ToLowerInvariant()).OrderBy(w => w.Format.ToLowerInvariant(), StringComparer.Ordinal).ToList();
        var ordered = selected.Select(w => w.Format.ToLowerInvariant()).ToList();
        var text = new StringBuilder();
        text.Append("tool ").Append(toolVersion).Append('\n');
        text.Append("formats ").Append(string.Join(',', ordered)).Append('\n');
        foreach (var file in folder.Files(name => name.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            AppendFile(text, file);
        }

        foreach (var file in folder.Files(IsAsset))
        {
            AppendFile(text, file);
        }

        foreach (var file in selected.SelectMany(w => w.InputFiles))
        {
            AppendFile(text, Path.GetFileName(file), file);
        }

        shared = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// The fingerprint of a roadmap whose bytes are <paramref name="source"/> and whose authority is
    /// <paramref name="authorityId"/>; <paramref name="documents"/> is, for a document made from other
    /// documents too (a progress report from its roadmap, an amendment from the order it amends), the
    /// digest of those as they are now (<see cref="DependencyDigests"/>).
    /// </summary>
    public string For(ReadOnlySpan<byte> source, string authorityId, string? documents = null)
    {
        var profile = profiles.GetOrAdd(authorityId, HashProfile);
        Span<byte> all = stackalloc byte[32 * 4];
        shared.CopyTo(all);
        profile.CopyTo(all[32..]);
        SHA256.HashData(source, all[64..]);
        if (documents is null)
        {
            return Convert.ToHexStringLower(SHA256.HashData(all[..96]));
        }

        SHA256.HashData(Encoding.UTF8.GetBytes(documents), all[96..]);
        return Convert.ToHexStringLower(SHA256.HashData(all));
    }

    private byte[] HashProfile(string authorityId) =>
        folder.ProfilePath(authorityId) is { } path && File.Exists(path)
            ? SHA256.HashData(File.ReadAllBytes(path))
            : new byte[32];

    // A layer enters by its rank, never by its path, so the fingerprint is the same on every machine.
    private static void AppendFile(StringBuilder text, TemplateFile file) =>
        AppendFile(text, file.Layer.Rank + "/" + file.Name, file.Path);

    private static void AppendFile(StringBuilder text, string name, string path) =>
        text.Append(name.Replace('\\', '/'))
            .Append(' ')
            .Append(ContentHash.Sha256(File.ReadAllBytes(path)))
            .Append('\n');

    // The pictures beside the profiles; profiles are hashed per authority, their README is documentation.
    private static bool IsAsset(string name) =>
        name.StartsWith("authorities/", StringComparison.Ordinal) &&
        !name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) &&
        !name.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
