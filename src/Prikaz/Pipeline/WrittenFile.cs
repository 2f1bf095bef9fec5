namespace Prikaz.Pipeline;

/// <summary>One format of a document, written in memory: its bytes, their SHA-256 (lowercase hex) and, where the format fixes it, its page count.</summary>
public sealed record WrittenFile(string Format, byte[] Bytes, string Sha256, int? Pages);
