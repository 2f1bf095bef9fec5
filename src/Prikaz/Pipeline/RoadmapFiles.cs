namespace Prikaz.Pipeline;

/// <summary>
/// Turns the paths a user typed into the roadmap files to process: a folder stands for every
/// <c>*.yaml</c>/<c>*.yml</c> below it (sorted ordinally, so every machine sees the same order).
/// </summary>
public sealed record RoadmapFiles(IReadOnlyList<string> Files, IReadOnlyList<string> Problems)
{
    public static RoadmapFiles Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(IsRoadmap)
                    .Select(Normalise)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    problems.Add($"в папке «{path}» нет файлов *.yaml");
                }

                files.AddRange(found);
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

        return new RoadmapFiles(files.Distinct(StringComparer.Ordinal).ToList(), problems);
    }

    private static bool IsRoadmap(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    // Paths are shown to the user and written into reports; keep them relative and with '/'.
    private static string Normalise(string path) => path.Replace('\\', '/');
}
