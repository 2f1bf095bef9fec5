using System.CommandLine;
using Prikaz.Russian;

namespace Prikaz.Cli;

/// <summary>Options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CliOptions
{
    public static readonly Option<DirectoryInfo?> Templates = new("--templates")
    {
        Description = "Папка шаблонов и профилей органов власти; по умолчанию ./templates, иначе копия, поставляемая с программой",
    };

    /// <summary>Like a compiler's -Werror: in CI a warning should stop the merge, on a clerk's desk it should not.</summary>
    public static readonly Option<bool> FailOnWarnings = new("--fail-on-warnings")
    {
        Description = "Код выхода 1 и при одних предупреждениях (для CI)",
    };

    /// <summary>True when <c>--fail-on-warnings</c> turns <paramref name="warnings"/> into a failure; says so on stderr.</summary>
    public static bool WarningsFail(ParseResult parseResult, int warnings, CliContext context)
    {
        if (warnings == 0 || !parseResult.GetValue(FailOnWarnings))
        {
            return false;
        }

        context.Error.WriteLine($"prikaz: {RussianPlural.Count(warnings, "предупреждение", "предупреждения", "предупреждений")}, а задан --fail-on-warnings: код выхода 1");
        return true;
    }
}
