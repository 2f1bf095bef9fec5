namespace Prikaz.Publishing;

/// <summary>One document written: where, in which format, its size and SHA-256 (lowercase hex).</summary>
public sealed record PublishedFile(string Path, string Format, long Bytes, string Sha256);
