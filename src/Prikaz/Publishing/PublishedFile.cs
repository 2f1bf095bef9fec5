namespace Prikaz.Publishing;

/// <summary>One document written: where, in which format, its size, SHA-256 (lowercase hex) and, where the format fixes it, its page count.</summary>
public sealed record PublishedFile(string Path, string Format, long Bytes, string Sha256, int? Pages);
