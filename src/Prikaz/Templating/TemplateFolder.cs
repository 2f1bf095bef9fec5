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
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, this.root);
        DisplayRoot = (relative.StartsWith("..", StringComparison.Ordinal) ? this.root : relative).Replace('\\', '/');
    }

    /// <summary>The folder's full path.</summary>
    public string Root => root;

    /// <summary>The folder as diagnostics show it: relative to the working folder when inside it.</summary>
    public string DisplayRoot { get; }

    /// <summary>The folder of font files the PDF writer loads.</summary>
    public string Fonts => Path.Combine(root, "fonts");

    /// <summary>True when the folder exists and holds authority profiles.</summary>
    public bool Exists => Directory.Exists(Path.Combine(root, "authorities"));

    /// <summary>
    /// The full path of <paramref name="relativeName"/> inside the folder, or <c>null</c> when the name
    /// points outside it.
    /// </summary>
    public string? Resolve(string relativeName)
    {
        if (string.IsNullOrWhiteSpace(relativeName) || Path.IsPathRooted(relativeName) || relativeName.Contains('\0'))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, relativeName));
        var inside = full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside)
        {
            return null;
        }

        // A link inside the folder may still point outside it.
        var info = new FileInfo(full);
        if (info.Exists && info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target is null || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return full;
    }

    /// <summary>The path of an authority's profile; ids are validated by the schema before they get here.</summary>
    public string? ProfilePath(string authorityId) => Resolve(Path.Combine("authorities", authorityId + ".yaml"));
}
