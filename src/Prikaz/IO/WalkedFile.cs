namespace Prikaz.IO;

/// <summary>A file found by <see cref="FolderWalk"/>.</summary>
/// <param name="Path">The path as the user sees it: the folder as given, then the names below it.</param>
/// <param name="Relative">The path relative to the walked folder, with '/'.</param>
/// <param name="RealPath">The real path, inside the walked folder's real path: the one to open.</param>
public sealed record WalkedFile(string Path, string Relative, string RealPath);
