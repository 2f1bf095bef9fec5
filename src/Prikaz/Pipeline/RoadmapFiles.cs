using Prikaz.IO;

namespace Prikaz.Pipeline;

/// <summary>
/// Turns the paths a user typed into the roadmap files to process: a folder stands for every
/// <c>*.yaml</c>/<c>*.yml</c> below it (sorted ordinally, so every machine sees the same order), each
/// reached once and without leaving the folder (<see cref="FolderWalk"/>). <paramref name="Skipped"/>
/// names the links that were not followed, as notes for the user.
/// </summary>
public sealed record RoadmapFiles(IReadOnlyList<string> Files, IReadOnlyList<string> Problems, IReadOnlyList<string> Skipped)
{
    public static RoadmapFiles Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<string>();
        var skipped = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var walk = FolderWalk.Of(path, IsRoadmap);
                skipped.AddRange(walk.Skipped.Select(link => link.ToString()));
                if (walk.Files.Count == 0)
                {
                    problems.Add($"в папке «{path}» нет файлов *.yaml");
                }

                files.AddRange(walk.Files.Select(file => file.Path));
            }
            else if (File.Exists(path))
            {
                files.Add(Normalise(path));
            }
            else
            {
                problems.Add($"файл или папка «{path}» не найдены");
            }
        }

        return new RoadmapFiles(files.Distinct(StringComparer.Ordinal).ToList(), problems, skipped);
    }

    private static bool IsRoadmap(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    // Paths are shown to the user and written into reports; keep them relative and with '/'.
    private static string Normalise(string path) => path.Replace('\\', '/');
}
