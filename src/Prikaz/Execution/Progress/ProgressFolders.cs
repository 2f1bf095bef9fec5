using Prikaz.Loading;

namespace Prikaz.Execution.Progress;

/// <summary>
/// Where the progress files of a roadmap live: <c>roadmaps/x.yaml</c> → <c>roadmaps/progress/x/*.yaml</c>,
/// and back. Only regular files whose real path stays inside the roadmap's own folder are read.
/// </summary>
public static class ProgressFolders
{
    /// <summary>The name of the folder beside the roadmaps that holds progress files.</summary>
    public const string Name = "progress";

    /// <summary>The progress folder of <paramref name="roadmapPath"/>.</summary>
    public static string FolderOf(string roadmapPath) =>
        Path.Combine(Path.GetDirectoryName(roadmapPath) is { Length: > 0 } folder ? folder : ".", Name, Path.GetFileNameWithoutExtension(roadmapPath));

    /// <summary>The progress files of <paramref name="roadmapPath"/>, sorted by name (periods sort in time order).</summary>
    public static IReadOnlyList<string> FilesOf(string roadmapPath)
    {
        var folder = FolderOf(roadmapPath);
        DocumentReads.NoteFolder(folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var root = RealPath(Path.GetDirectoryName(Path.GetFullPath(roadmapPath))!);
        return Directory.EnumerateFiles(folder, "*.yaml")
            .Where(path => RealPath(path).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => path.Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True for <c>…/progress/&lt;roadmap&gt;/&lt;period&gt;.yaml</c>.</summary>
    public static bool IsProgressFile(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        return parent is not null && Path.GetFileName(Path.GetDirectoryName(parent)) == Name;
    }

    /// <summary>The roadmap a progress file reports on: <c>progress/x/2020-q3.yaml</c> → <c>x.yaml</c> two folders up.</summary>
    public static string RoadmapOf(string progressPath)
    {
        var roadmapName = Path.GetFileName(Path.GetDirectoryName(progressPath))!;
        var roadmaps = Path.GetDirectoryName(Path.GetDirectoryName(progressPath));
        return Path.Combine(roadmaps is { Length: > 0 } ? Path.GetDirectoryName(roadmaps) ?? "." : ".", roadmapName + ".yaml").Replace('\\', '/');
    }

    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.Exists && info.LinkTarget is not null)
        {
            return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }

        var directory = new DirectoryInfo(full);
        return directory.Exists && directory.LinkTarget is not null ? directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
    }
}
