namespace Prikaz.Building;

/// <summary>One roadmap file of a build as it was read: its path as given, its repository path, its bytes and their SHA-256.</summary>
internal sealed record DocumentInput(string Path, string Source, byte[] Bytes, string Sha256);
