using System.CommandLine;
using System.CommandLine.Completions;
using Prikaz.Pipeline;

namespace Prikaz.Cli;

/// <summary>
/// The values the shell completes (<c>prikaz completion bash</c>, System.CommandLine's <c>[suggest]</c>
/// directive): the formats of <c>--to</c>, also after a comma (<c>docx,p</c> → <c>docx,pdf</c>), and the
/// authority ids of the templates folder the command line names (or the default one).
/// </summary>
internal static class Completions
{
    public static void Formats(Option<string?> option) => option.CompletionSources.Add(context =>
    {
        var word = context.WordToComplete;
        var comma = word.LastIndexOf(',');
        var given = word[..(comma + 1)];
        var chosen = given.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var writers = Writers.For(TemplateFolders.Open(context.ParseResult.GetValue(CliOptions.Templates)));
        return writers.Formats
            .Where(format => !chosen.Contains(format, StringComparer.OrdinalIgnoreCase) && format.StartsWith(word[(comma + 1)..], StringComparison.OrdinalIgnoreCase))
            .Select(format => new CompletionItem(given + format));
    });

    public static void Authorities(Option<string> option) => option.CompletionSources.Add(context =>
    {
        var folder = TemplateFolders.Open(context.ParseResult.GetValue(CliOptions.Templates));
        return folder.ProfileIds().Select(id => new CompletionItem(id));
    });
}
