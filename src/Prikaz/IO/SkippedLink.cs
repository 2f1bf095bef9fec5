namespace Prikaz.IO;

/// <summary>A link <see cref="FolderWalk"/> did not follow: where it is, what it points to as written, and why.</summary>
public sealed record SkippedLink(string Path, string Target, string Reason)
{
    /// <summary>The Russian note for the user, e.g. «пропущена ссылка roadmaps/root → /: ведёт за пределы папки».</summary>
    public override string ToString() => $"пропущена ссылка {Path} → {Target}: {Reason}";
}
