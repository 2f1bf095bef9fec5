using Prikaz.Templating;

namespace Prikaz.Pipeline;

/// <summary>
/// Opens the templates a run uses: the folder named with <c>--templates</c>, else <c>./templates</c>
/// when it holds profiles, laid over the copy shipped beside the tool — so an installed tool works in
/// any folder, and a user's folder needs only what it changes.
/// </summary>
public static class TemplateFolders
{
    /// <summary>The copy of the templates shipped beside the tool.</summary>
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "templates");

    public static TemplateFolder Open(DirectoryInfo? requested)
    {
        if (requested is not null)
        {
            return new TemplateFolder([requested.FullName, Shipped]);
        }

        var local = Path.GetFullPath("templates");
        return Directory.Exists(Path.Combine(local, "authorities"))
            ? new TemplateFolder([local, Shipped])
            : new TemplateFolder(Shipped);
    }
}
