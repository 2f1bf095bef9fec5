using Prikaz.Building;
using Prikaz.Reporting;

namespace Prikaz.Cli;

/// <summary>
/// Progress for logs (CI, redirected output): one line per document as it finishes, so a log shows
/// what was rendered and what was up to date, then one line per deleted roadmap whose documents were
/// removed. Lines come from several threads; a lock keeps them whole.
/// </summary>
internal sealed class PlainBuildLog(CliContext context) : IBuildDisplay
{
    private readonly Lock gate = new();

    public BuildResult Run(DocumentBuild build, BuildPlan plan, CancellationToken stop)
    {
        var result = build.Execute(plan, Write, stop);
        foreach (var deleted in result.Deleted.Where(d => d.RemovedFiles.Count > 0))
        {
            var verb = deleted.RemovedFiles.Count == 1 ? "удалён" : "удалены";
            context.Out.WriteLine($"{OneLine.Of(deleted.Source)} удалён → {verb} {string.Join(", ", deleted.RemovedFiles.Select(OneLine.Of))}");
        }

        return result;
    }

    private void Write(BuiltDocument document)
    {
        var path = OneLine.Of(document.Planned.Document.Path);
        var line = document.Entry.Status switch
        {
            BuildStatus.Rendered => $"{path} → " + string.Join(", ", document.Entry.Outputs.Select(o => $"{OneLine.Of(o.File)} ({Sizes.Format(o.Bytes)})")),
            BuildStatus.UpToDate => $"{path}: без изменений",
            _ when document.Failure is { } failure => $"{path}: не выпущен — не удалось записать: {failure}",
            _ => $"{path}: не выпущен",
        };
        lock (gate)
        {
            context.Out.WriteLine(line);
        }
    }
}
