using Prikaz.IO;

namespace Prikaz.Pipeline;

/// <summary>
/// Turns the paths a user typed into the roadmap files to process: a folder stands for every
/// <c>*.yaml</c>/<c>*.yml</c> below it (sorted ordinally, so every machine sees the same order), each
/// reached once and without leaving the folder (<see cref="FolderWalk"/>). <paramref name="Skipped"/>
/// names the links that were not followed and the templates folders passed over, as notes for the user.
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
                var (documents, templateFolders) = OutsideTemplateFolders(path, walk.Files);
                skipped.AddRange(templateFolders.Select(folder => $"пропущена папка шаблонов {folder}: в ней профили и шаблоны, а не документы"));
                if (documents.Count == 0)
                {
                    problems.Add($"в папке «{path}» нет файлов *.yaml");
                }

                files.AddRange(documents.Select(file => file.Path));
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

    // A folder of examples keeps its authorities' profiles beside the orders (examples/templates); those YAML
    // files are not documents. A folder below the one named is a templates folder when it holds a profiles
    // folder or a template, as the templates folder does.
    private static (List<WalkedFile> Documents, List<string> TemplateFolders) OutsideTemplateFolders(string root, IReadOnlyList<WalkedFile> files)
    {
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        var templateFolders = new SortedSet<string>(StringComparer.Ordinal);
        var documents = new List<WalkedFile>();
        foreach (var file in files)
        {
            var folders = file.Relative.Split('/')[..^1];
            var inside = Enumerable.Range(1, folders.Length)
                .Select(depth => string.Join('/', folders[..depth]))
                .FirstOrDefault(folder => IsTemplateFolder(Path.Join(root, folder), verdicts));
            if (inside is null)
            {
                documents.Add(file);
            }
            else
            {
                templateFolders.Add(Normalise(Path.Join(root, inside)));
            }
        }

        return (documents, [.. templateFolders]);
    }

    private static bool IsTemplateFolder(string folder, Dictionary<string, bool> verdicts)
    {
        if (!verdicts.TryGetValue(folder, out var verdict))
        {
            verdict = Directory.Exists(Path.Join(folder, "authorities")) || Directory.EnumerateFiles(folder, "*.sbn").Any();
            verdicts[folder] = verdict;
        }

        return verdict;
    }

    private static bool IsRoadmap(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    // Paths are shown to the user and written into reports; keep them relative and with '/'.
    private static string Normalise(string path) => path.Replace('\\', '/');
}
