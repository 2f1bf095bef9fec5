using System.CommandLine;

namespace Prikaz.Cli;

/// <summary>Options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CliOptions
{
    public static readonly Option<DirectoryInfo?> Templates = new("--templates")
    {
        Description = "Папка шаблонов и профилей органов власти; по умолчанию ./templates, иначе копия, поставляемая с программой",
    };
}
