using Prikaz.IO;

namespace Prikaz.Building;

/// <summary>One document file of the manifest: its format, name in the output folder, SHA-256 (lowercase hex), size, and page count when known.</summary>
/// <param name="Pages">Counted for PDF; <c>null</c> for formats whose pages only a word processor or browser decides (DOCX, HTML).</param>
public sealed record ManifestOutput(string Format, string File, string Sha256, long Bytes, int? Pages)
{
    /// <summary>True when <paramref name="bytes"/> are exactly the file this entry describes.</summary>
    public bool Describes(byte[] bytes) => bytes.LongLength == Bytes && ContentHash.Sha256(bytes) == Sha256;
}
