using Prikaz.Tests.Support;

namespace Prikaz.Tests.Preview;

/// <summary>A private folder holding a copy of a seed roadmap, removed after the test.</summary>
internal sealed class PreviewFolder : IDisposable
{
    public PreviewFolder(string seed = "chelyabinsk-2020-shnor")
    {
        Root = Path.Combine(Path.GetTempPath(), "prikaz-preview-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Document = Path.Combine(Root, seed + ".yaml");
        File.Copy(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", seed + ".yaml"), Document);
    }

    public string Root { get; }

    /// <summary>The copy of the seed.</summary>
    public string Document { get; }

    /// <summary>The repository's own templates: the one layer the tests render with.</summary>
    public static string Templates { get; } = Path.Combine(GoldenFile.RepositoryRoot(), "templates");

    /// <summary>Every file below <see cref="Root"/>, relative and sorted.</summary>
    public IReadOnlyList<string> Files() => Directory
        .EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Replaces the document's text the way an editor saves: a temporary file beside it, then a rename.</summary>
    public void Save(string text)
    {
        var temporary = Path.Combine(Root, "." + Path.GetFileName(Document) + ".swp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, Document, overwrite: true);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
