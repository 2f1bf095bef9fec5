using System.CommandLine;
using Prikaz.Documents;
using Prikaz.Pipeline;
using Prikaz.Publishing;
using Prikaz.Templating;

namespace Prikaz.Cli;

/// <summary>
/// The inputs several commands share, read and checked the same way everywhere: the templates folder
/// and the list of output formats. Each returns null after telling the user what is wrong.
/// </summary>
internal static class CommandInputs
{
    public static TemplateFolder? Templates(ParseResult parseResult, CliContext context)
    {
        var folder = TemplateFolders.Open(parseResult.GetValue(CliOptions.Templates));
        if (folder.Exists)
        {
            return folder;
        }

        context.Error.WriteLine($"prikaz: нет папки шаблонов с профилями органов власти: {folder.DisplayRoot}/authorities");
        return null;
    }

    public static IReadOnlyList<string>? Formats(string? requested, DocumentWriters writers, CliContext context)
    {
        var formats = OutputFormats.Parse(requested ?? string.Join(',', writers.Formats), writers.Formats, out var unknown);
        if (unknown.Count == 0 && formats.Count > 0)
        {
            return formats;
        }

        context.Error.WriteLine($"prikaz: неизвестный формат {string.Join(", ", unknown)}; доступны: {string.Join(", ", writers.Formats)}");
        return null;
    }
}
