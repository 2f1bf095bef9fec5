using Prikaz.IO;

namespace Prikaz.Templating;

/// <summary>
/// The folder of templates, authority profiles and fonts. Every file is read through it, and it
/// refuses names that would leave the folder (<c>../../etc/passwd</c>, absolute paths, links out).
/// </summary>
public sealed class TemplateFolder
{
    private readonly string root;

    public TemplateFolder(string root)
    {
        this.root = Path.GetFullPath(root);
        RealRoot = ConfinedPath.Real(this.root) ?? this.root;
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, this.root);
        DisplayRoot = (relative.StartsWith("..", StringComparison.Ordinal) ? this.root : relative).Replace('\\', '/');
    }

    /// <summary>The folder's full path.</summary>
    public string Root => root;

    /// <summary>The folder's real path (links resolved): every file read through the folder is below it.</summary>
    public string RealRoot { get; }

    /// <summary>The folder as diagnostics show it: relative to the working folder when inside it.</summary>
    public string DisplayRoot { get; }

    /// <summary>The folder of font files the PDF writer loads.</summary>
    public string Fonts => Path.Combine(root, "fonts");

    /// <summary>True when the folder exists and holds authority profiles.</summary>
    public bool Exists => Directory.Exists(Path.Combine(root, "authorities"));

    /// <summary>
    /// The real path of <paramref name="relativeName"/> inside the folder, or <c>null</c> when the name or
    /// any link on its way (a file's or a folder's) points outside it. Open the path returned, not the name.
    /// </summary>
    public string? Resolve(string relativeName) => ConfinedPath.Inside(RealRoot, relativeName);

    /// <summary>A real path below the folder as a name relative to it, with '/'.</summary>
    public string RelativeName(string realPath) => Path.GetRelativePath(RealRoot, realPath).Replace('\\', '/');

    /// <summary>The path of an authority's profile; ids are validated by the schema before they get here.</summary>
    public string? ProfilePath(string authorityId) => Resolve(Path.Combine("authorities", authorityId + ".yaml"));
}
