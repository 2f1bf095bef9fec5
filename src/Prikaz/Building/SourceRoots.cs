namespace Prikaz.Building;

/// <summary>
/// The folder manifest paths are relative to: the repository holding the roadmaps (the nearest
/// folder with <c>.git</c>), else the roadmaps folder's parent. Never the working folder or an
/// absolute path, so the manifest reads the same wherever the build ran.
/// </summary>
public static class SourceRoots
{
    public static string Find(string roadmapsFolder)
    {
        var start = new DirectoryInfo(Path.GetFullPath(roadmapsFolder));
        for (var folder = start; folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder.FullName;
            }
        }

        return start.Parent?.FullName ?? start.FullName;
    }

    /// <summary><paramref name="path"/> relative to <paramref name="root"/>, with '/'.</summary>
    public static string Relative(string root, string path) =>
        Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/');
}
