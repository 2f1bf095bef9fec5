using Prikaz.IO;

namespace Prikaz.Templating;

/// <summary>
/// The templates, authority profiles, pictures and fonts, as layers laid over each other: the user's
/// folder (<c>--templates DIR</c> or <c>./templates</c>) over the copy shipped with the tool, so a folder
/// holding only <c>authorities/&lt;id&gt;.yaml</c> is complete. A name is looked up in every layer's
/// <c>authorities/&lt;id&gt;/</c> first, when the document's authority is known (an authority overrides
/// any template or partial for its own documents only), then in every layer itself, top layer first.
/// Every file is read through it, by its real path, and it refuses names that would leave a layer
/// (<c>../../etc/passwd</c>, absolute paths, a link of a file or of a folder out of it).
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
            .Select((root, index) => new TemplateLayer(root, ConfinedPath.Real(root) ?? root, DisplayOf(root), index + 1))
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
    public TemplateFile? Find(string relativeName, string? authority = null)
    {
        foreach (var (name, layer) in Names(relativeName, authority))
        {
            var real = Inside(layer, name);
            if (real is not null && File.Exists(real))
            {
                return new TemplateFile(name, real, layer);
            }

            // A file that is there but leads out of its layer is refused, and hides nothing below it:
            // the user's own file is the one meant, and the message must say why it is not read.
            if (real is null && Path.Exists(System.IO.Path.Combine(layer.Root, name)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The full path of <paramref name="relativeName"/>: in the first layer that has the file, else where
    /// it would be in the top layer; null when the name points outside the folder.
    /// </summary>
    public string? Resolve(string relativeName, string? authority = null) =>
        IsRefused(relativeName) || LeadsOutside(relativeName, authority) ? null
        : Find(relativeName, authority)?.Path ?? Inside(Layers[0], relativeName);

    /// <summary>
    /// True when a layer has something at <paramref name="relativeName"/> whose real path leaves the layer
    /// (a link of the file or of a folder on its way): it is refused, and the message should say why.
    /// </summary>
    public bool LeadsOutside(string relativeName, string? authority = null) =>
        Find(relativeName, authority) is null && Names(relativeName, authority).Any(candidate =>
            Inside(candidate.Layer, candidate.Name) is null && Path.Exists(System.IO.Path.Combine(candidate.Layer.Root, candidate.Name)));

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
    /// Every file whose name <paramref name="include"/> accepts in every layer (authority overrides
    /// included), by layer, then name — what a build's fingerprint and the template check cover. Links
    /// that leave a layer are not followed: nothing outside the folder is an input of any document.
    /// </summary>
    public IReadOnlyList<TemplateFile> Files(Func<string, bool> include) => Layers
        .SelectMany(layer => FolderWalk.Of(layer.RealRoot, include).Files
            .Select(file => new TemplateFile(file.Relative, file.RealPath, layer)))
        .ToList();

    /// <summary>The visible file for every template name (<c>*.sbn</c>) a document of <paramref name="authority"/> can include.</summary>
    public IReadOnlyList<TemplateFile> Templates(string? authority = null)
    {
        var names = Files(name => name.EndsWith(".sbn", StringComparison.Ordinal))
            .Select(file => file.Name)
            .Where(name => !name.StartsWith(Authorities + "/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return names.Select(name => Find(name, authority)).OfType<TemplateFile>().ToList();
    }

    // Where a name is looked for, in order: the authority's own folder in every layer, then every layer.
    private IEnumerable<(string Name, TemplateLayer Layer)> Names(string relativeName, string? authority)
    {
        if (IsRefused(relativeName))
        {
            yield break;
        }

        var name = relativeName.Replace('\\', '/');
        var names = authority is null ? [name] : new[] { $"{Authorities}/{authority}/{name}", name };
        foreach (var candidate in names)
        {
            foreach (var layer in Layers)
            {
                yield return (candidate, layer);
            }
        }
    }

    // A name is relative and goes down only: «..» could step from one layer into another one beside it.
    private static bool IsRefused(string relativeName) =>
        string.IsNullOrWhiteSpace(relativeName) || System.IO.Path.IsPathRooted(relativeName) || relativeName.Contains('\0') ||
        relativeName.Split('/', '\\').Contains("..");

    // The real path of a name inside one layer, or null when it, or any link of a file or folder on
    // its way, leads out of the layer (ConfinedPath resolves every component as the system would).
    private static string? Inside(TemplateLayer layer, string relativeName) => ConfinedPath.Inside(layer.RealRoot, relativeName);

    private static string DisplayOf(string root)
    {
        var relative = System.IO.Path.GetRelativePath(Environment.CurrentDirectory, root);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? root : relative).Replace('\\', '/');
    }
}
