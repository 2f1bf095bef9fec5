using Prikaz.Execution;
using Prikaz.Execution.Progress;
using Prikaz.Kinds;
using Prikaz.Model;
using Prikaz.Pipeline;
using Prikaz.Reporting;

namespace Prikaz.Cli;

/// <summary>
/// The hook of execution control in <c>prikaz validate</c> until the document-kind registry takes it
/// over: a progress file named on its own is checked against its roadmap; a roadmap is checked with
/// its progress files, and with an as-of date also for overdue items.
/// </summary>
internal static class ExecutionChecks
{
    public static FileDiagnostics Check(DocumentPipeline pipeline, DocumentWorkspace workspace, string path, DateOnly? asOf, CliContext context)
    {
        var document = CommandInputs.Check(pipeline, workspace, path, context);

        // A roadmap from standard input has no folder, so no progress files of its own.
        var overdue = asOf is { } date && document.Loaded.Model is OrderFile && !StandardInput.IsNamedBy(path)
            ? ExecutionValidation.Overdue(path, document.Profile, pipeline.Templates, date)
            : [];
        return document.Report with { Diagnostics = [.. document.Report.Diagnostics, .. overdue] };
    }
}
