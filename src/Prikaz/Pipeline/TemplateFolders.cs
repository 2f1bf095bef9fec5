namespace Prikaz.Pipeline;

/// <summary>
/// Finds the templates folder: the one named with <c>--templates</c>, else <c>./templates</c>, else the
/// copy shipped beside the tool, so an installed tool works in any folder.
/// </summary>
public static class TemplateFolders
{
    public static string Resolve(DirectoryInfo? requested)
    {
        if (requested is not null)
        {
            return requested.FullName;
        }

        var local = Path.GetFullPath("templates");
        if (Directory.Exists(Path.Combine(local, "authorities")))
        {
            return local;
        }

        return Path.Combine(AppContext.BaseDirectory, "templates");
    }
}
