using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Prikaz.IO;
using Prikaz.Templating;

namespace Prikaz.Building;

/// <summary>
/// The fingerprint of everything a document is made from: SHA-256 over the tool's version, the
/// requested formats, every template (<c>*.sbn</c>) and authority asset (pictures beside the
/// profiles), the fonts when PDF is requested, the authority's profile file, and the roadmap's bytes.
/// Paths enter it relative to the templates folder, so it is the same on every machine. Thread-safe:
/// the shared part is hashed once, each profile once.
/// </summary>
public sealed class InputFingerprints
{
    private readonly TemplateFolder folder;
    private readonly byte[] shared;
    private readonly ConcurrentDictionary<string, byte[]> profiles = new(StringComparer.Ordinal);

    public InputFingerprints(TemplateFolder folder, IEnumerable<string> formats, string toolVersion)
    {
        this.folder = folder;
        var ordered = formats.Select(f => f.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append("tool ").Append(toolVersion).Append('\n');
        text.Append("formats ").Append(string.Join(',', ordered)).Append('\n');
        foreach (var file in Files(string.Empty, name => name.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            AppendFile(text, file);
        }

        foreach (var file in Files("authorities", IsAsset))
        {
            AppendFile(text, file);
        }

        if (ordered.Contains("pdf", StringComparer.Ordinal))
        {
            foreach (var file in Files("fonts", _ => true))
            {
                AppendFile(text, file);
            }
        }

        shared = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }


    /// <summary>The fingerprint of a roadmap whose bytes are <paramref name="source"/> and whose authority is <paramref name="authorityId"/>.</summary>
    public string For(ReadOnlySpan<byte> source, string authorityId)
    {
        var profile = profiles.GetOrAdd(authorityId, HashProfile);
        Span<byte> all = stackalloc byte[32 * 3];
        shared.CopyTo(all);
        profile.CopyTo(all[32..]);
        SHA256.HashData(source, all[64..]);
        return Convert.ToHexStringLower(SHA256.HashData(all));
    }

    private byte[] HashProfile(string authorityId) =>
        folder.ProfilePath(authorityId) is { } path && File.Exists(path)
            ? SHA256.HashData(File.ReadAllBytes(path))
            : new byte[32];

    private static void AppendFile(StringBuilder text, (string Name, string RealPath) file) =>
        text.Append(file.Name)
            .Append(' ')
            .Append(ContentHash.Sha256(File.ReadAllBytes(file.RealPath)))
            .Append('\n');

    // Profiles are hashed per authority; their README is documentation, not input.
    private static bool IsAsset(string path) =>
        !path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    // Every file below a subfolder of the templates folder, by its name relative to the templates folder.
    // Links out of the folder are not followed: nothing outside it is an input of any document.
    private IEnumerable<(string Name, string RealPath)> Files(string subfolder, Func<string, bool> include) =>
        folder.Resolve(subfolder.Length == 0 ? "." : subfolder) is { } real && Directory.Exists(real)
            ? FolderWalk.Of(real, include).Files.Select(file => (subfolder.Length == 0 ? file.Relative : subfolder + "/" + file.Relative, file.RealPath))
            : [];
}
