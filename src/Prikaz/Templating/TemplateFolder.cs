namespace Prikaz.Templating;

/// <summary>
/// The templates, authority profiles, pictures and fonts, as layers laid over each other: the user's
/// folder (<c>--templates DIR</c> or <c>./templates</c>) over the copy shipped with the tool, so a folder
/// holding only <c>authorities/&lt;id&gt;.yaml</c> is complete. A name is looked up in every layer's
/// <c>authorities/&lt;id&gt;/</c> first, when the document's authority is known (an authority overrides
/// any template or partial for its own documents only), then in every layer itself, top layer first.
/// Every file is read through it, and it refuses names that would leave a layer (<c>../../etc/passwd</c>,
/// absolute paths, links out).
/// </summary>
public sealed class TemplateFolder
{
    private const string Authorities = "authorities";

    /// <summary>One folder, alone.</summary>
    public TemplateFolder(string root)
        : this([root])
    {
    }

    /// <summary>Layers, the top one first; the same folder twice counts once.</summary>
    public TemplateFolder(IEnumerable<string> roots)
    {
        Layers = roots
            .Select(root => Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)))
            .Distinct(StringComparer.Ordinal)
            .Select((root, index) => new TemplateLayer(root, DisplayOf(root), index + 1))
            .ToList();
        if (Layers.Count == 0)
        {
            throw new ArgumentException("A templates folder needs at least one layer.", nameof(roots));
        }
    }

    /// <summary>The layers, top first.</summary>
    public IReadOnlyList<TemplateLayer> Layers { get; }

    /// <summary>The top layer's full path: where the user's own files are.</summary>
    public string Root => Layers[0].Root;

    /// <summary>The top layer as diagnostics show it.</summary>
    public string DisplayRoot => Layers[0].Display;

    /// <summary>True when some layer holds authority profiles.</summary>
    public bool Exists => Layers.Any(layer => Directory.Exists(System.IO.Path.Combine(layer.Root, Authorities)));

    /// <summary>The folder of font files the PDF writer loads: the top layer that has one.</summary>
    public string Fonts => Layers.Select(layer => System.IO.Path.Combine(layer.Root, "fonts")).FirstOrDefault(Directory.Exists)
        ?? System.IO.Path.Combine(Root, "fonts");

    /// <summary>
    /// The file <paramref name="relativeName"/> names, from the first layer that has it (the
    /// authority's own override first); null when it is in no layer or the name leaves the folder.
    /// </summary>
    public TemplateFile? Find(string relativeName, string? authority = null) =>
        Candidates(relativeName, authority).FirstOrDefault(file => File.Exists(file.Path));

    /// <summary>
    /// The full path of <paramref name="relativeName"/>: in the first layer that has the file, else where
    /// it would be in the top layer; null when the name points outside the folder.
    /// </summary>
    public string? Resolve(string relativeName, string? authority = null)
    {
        var candidates = Candidates(relativeName, authority).ToList();
        return candidates.FirstOrDefault(file => File.Exists(file.Path))?.Path
            ?? (Inside(Layers[0], relativeName) is { } top && !IsRefused(relativeName) ? top : null);
    }

    /// <summary>The path of an authority's profile; ids are validated by the schema before they get here.</summary>
    public string? ProfilePath(string authorityId) => Resolve($"{Authorities}/{authorityId}.yaml");

    /// <summary>The profile as diagnostics name it: in the layer it comes from, else where the top layer would hold it.</summary>
    public string ProfileDisplay(string authorityId) =>
        Find($"{Authorities}/{authorityId}.yaml")?.Display ?? $"{DisplayRoot}/{Authorities}/{authorityId}.yaml";

    /// <summary>The ids of every profile in every layer, sorted.</summary>
    public IReadOnlyList<string> ProfileIds() => Layers
        .Select(layer => System.IO.Path.Combine(layer.Root, Authorities))
        .Where(Directory.Exists)
        .SelectMany(directory => Directory.EnumerateFiles(directory, "*.yaml"))
        .Select(System.IO.Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Every file matching <paramref name="pattern"/> in every layer (authority overrides included),
    /// by layer, then name — what a build's fingerprint and the template check cover.
    /// </summary>
    public IReadOnlyList<TemplateFile> Files(string pattern) => Layers
        .Where(layer => Directory.Exists(layer.Root))
        .SelectMany(layer => Directory.EnumerateFiles(layer.Root, pattern, SearchOption.AllDirectories)
            .Select(path => new TemplateFile(System.IO.Path.GetRelativePath(layer.Root, path).Replace('\\', '/'), path, layer))
            .OrderBy(file => file.Name, StringComparer.Ordinal))
        .ToList();

    /// <summary>The visible file for every template name (<c>*.sbn</c>) a document of <paramref name="authority"/> can include.</summary>
    public IReadOnlyList<TemplateFile> Templates(string? authority = null)
    {
        var names = Files("*.sbn")
            .Select(file => file.Name)
            .Where(name => !name.StartsWith(Authorities + "/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return names.Select(name => Find(name, authority)).OfType<TemplateFile>().ToList();
    }

    private IEnumerable<TemplateFile> Candidates(string relativeName, string? authority)
    {
        if (IsRefused(relativeName))
        {
            yield break;
        }

        var names = authority is null ? [relativeName] : new[] { $"{Authorities}/{authority}/{relativeName}", relativeName };
        foreach (var name in names)
        {
            foreach (var layer in Layers)
            {
                if (Inside(layer, name) is { } path)
                {
                    yield return new TemplateFile(name.Replace('\\', '/'), path, layer);
                }
            }
        }
    }

    // A name is relative and goes down only: «..» could step from one layer into another one beside it.
    private static bool IsRefused(string relativeName) =>
        string.IsNullOrWhiteSpace(relativeName) || System.IO.Path.IsPathRooted(relativeName) || relativeName.Contains('\0') ||
        relativeName.Split('/', '\\').Contains("..");

    // The full path of a name inside one layer, or null when it leaves the layer (also through a link).
    private static string? Inside(TemplateLayer layer, string relativeName)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(layer.Root, relativeName));
        if (!full.StartsWith(layer.Root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        var info = new FileInfo(full);
        if (info.Exists && info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target is null || !target.StartsWith(layer.Root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return full;
    }

    private static string DisplayOf(string root)
    {
        var relative = System.IO.Path.GetRelativePath(Environment.CurrentDirectory, root);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? root : relative).Replace('\\', '/');
    }
}
