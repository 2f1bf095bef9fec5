namespace Prikaz.IO;

/// <summary>
/// The files below a folder, each reached once. The operating system's recursive listing follows
/// every folder link: two links that point at each other never end, <c>roadmaps/root → /</c> crawls the
/// whole disk, and a link to <c>.</c> lists every file forty times. Here the real folders are walked
/// first, then the links: a link is followed only when its real target is inside the folder and has not
/// been walked yet, and every link that is not followed is named with the reason.
/// </summary>
public sealed record FolderWalk(IReadOnlyList<WalkedFile> Files, IReadOnlyList<SkippedLink> Skipped)
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>
    /// Every file below <paramref name="folder"/> whose name <paramref name="include"/> accepts, sorted
    /// ordinally by path. Paths start with <paramref name="folder"/> as given and use '/'.
    /// </summary>
    public static FolderWalk Of(string folder, Func<string, bool> include)
    {
        var files = new List<WalkedFile>();
        var skipped = new List<SkippedLink>();
        if (ConfinedPath.Real(folder) is not { } realRoot || !Directory.Exists(realRoot))
        {
            return new FolderWalk(files, skipped);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var links = new List<(string Relative, string Real, string Target)>();
        var folders = new Stack<(string Relative, string Real)>();
        folders.Push((string.Empty, realRoot));
        while (true)
        {
            // Real folders form a tree and cannot loop; walking all of them before any link lets a folder
            // keep its own name when a link also leads to it.
            while (folders.TryPop(out var current))
            {
                foreach (var entry in new DirectoryInfo(current.Real).EnumerateFileSystemInfos("*", OneLevel))
                {
                    var relative = current.Relative.Length == 0 ? entry.Name : current.Relative + "/" + entry.Name;
                    if (entry.LinkTarget is { } target)
                    {
                        links.Add((relative, entry.FullName, target));
                    }
                    else if (entry is DirectoryInfo)
                    {
                        seen.Add(entry.FullName);
                        folders.Push((relative, entry.FullName));
                    }
                    else if (include(entry.Name))
                    {
                        files.Add(new WalkedFile(Display(folder, relative), relative, entry.FullName));
                    }
                }
            }

            if (links.Count == 0)
            {
                break;
            }

            links.Sort((a, b) => StringComparer.Ordinal.Compare(a.Relative, b.Relative));
            var batch = links.ToList();
            links.Clear();
            foreach (var (relative, path, target) in batch)
            {
                var real = ConfinedPath.Real(path);
                string? reason = real switch
                {
                    null => "ссылки образуют петлю",
                    _ when !ConfinedPath.IsWithin(realRoot, real) => "ведёт за пределы папки",
                    _ when Directory.Exists(real) && !seen.Add(real) => "эта папка уже просмотрена",
                    _ when !Directory.Exists(real) && !File.Exists(real) => "ведёт к несуществующему файлу",
                    _ => null,
                };
                if (reason is not null)
                {
                    skipped.Add(new SkippedLink(Display(folder, relative), target, reason));
                }
                else if (Directory.Exists(real))
                {
                    folders.Push((relative, real!));
                }
                else if (include(Path.GetFileName(relative)))
                {
                    files.Add(new WalkedFile(Display(folder, relative), relative, real!));
                }
            }
        }

        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        skipped.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return new FolderWalk(files, skipped);
    }

    private static string Display(string folder, string relative) => Path.Join(folder, relative).Replace('\\', '/');
}
