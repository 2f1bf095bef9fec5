using System.Text.Json.Serialization.Metadata;
using Prikaz.Diagnostics;
using Prikaz.Execution.Progress;
using Prikaz.Execution.Report;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Pipeline;
using Prikaz.Profiles;
using Prikaz.Schema;
using Prikaz.Validation;
using Scriban.Runtime;

namespace Prikaz.Execution;

/// <summary>
/// A progress file (<c>roadmaps/progress/&lt;roadmap&gt;/&lt;period&gt;.yaml</c>, <c>kind: progress</c>):
/// what was done under a roadmap in one period, kept apart from the signed text. It is checked against
/// its roadmap, which it finds two folders up in the same workspace, and renders as «Информация о ходе
/// реализации «дорожной карты»» for the period (<c>report.sbn</c>), in the authority of the roadmap.
/// </summary>
internal sealed class ProgressDocumentKind : DocumentKind<ProgressFile>, IGeneratedSchema
{
    public const string KindId = "progress";

    private static readonly Lazy<string> Definition = new(() => DocumentSchema.Definition(KindId));

    public override string Id => KindId;

    public override string Description => "сведения о ходе исполнения «дорожной карты» за отчётный период";

    public override string Schema => Definition.Value;

    public override string RootTemplate => "report.sbn";

    public override IReadOnlyList<RuleInfo> Rules { get; } =
        [.. ProgressRules.All.Select(rule => new RuleInfo(rule.Code, rule.Severity, rule.Title))];

    public Type ModelType => typeof(ProgressFile);

    public IReadOnlyList<PropertyPattern> Patterns => [];

    protected override JsonTypeInfo<ProgressFile> ModelContract => ModelJson.TypeInfo<ProgressFile>();

    /// <summary><c>progress/amur-2020-shnor/2020-q3.yaml</c> → <c>amur-2020-shnor-2020-q3</c>: the reports of two roadmaps never share a name.</summary>
    public override string OutputName(LoadedDocument document) =>
        Path.GetFileNameWithoutExtension(ProgressFolders.RoadmapOf(document.Path)) + "-" + Path.GetFileNameWithoutExtension(document.Path);

    // The report is the roadmap authority's; the progress file itself names none.
    protected override AuthorityReference? Authority(ProgressFile model, LoadedDocument document, DocumentWorkspace workspace) =>
        Roadmap(document, workspace) is { Model: OrderFile roadmap } ? new AuthorityReference(roadmap.Authority, string.Empty) : null;

    protected override IReadOnlyList<Diagnostic> Check(ProgressFile model, DocumentCheck check)
    {
        var roadmap = Roadmap(check.Document, check.Workspace);
        if (roadmap is null)
        {
            return [new Diagnostic(check.Document.Path, 0, 0, Severity.Error, ExecutionCodes.RoadmapNotFound,
                $"нет «дорожной карты» {ProgressFolders.RoadmapOf(check.Document.Path)}, к которой относятся эти сведения")];
        }

        var own = ProgressChecker.Check(check.Document with { Diagnostics = [] }, model, roadmap.Model as OrderFile).Diagnostics;
        return roadmap.HasErrors
            ? [.. own, new Diagnostic(check.Document.Path, 0, 0, Severity.Error, ExecutionCodes.RoadmapNotFound,
                $"в «дорожной карте» {roadmap.Path}, к которой относятся эти сведения, есть ошибки; сначала исправьте её")]
            : own;
    }

    protected override ScriptObject TemplateModel(ProgressFile model, AuthorityProfile profile, CheckedDocument document)
    {
        var roadmap = (OrderFile)Roadmap(document.Loaded, document.Workspace)!.Model!;
        return ReportTemplateModel.Build(document.Loaded.Path, model, roadmap, profile, document.Workspace);
    }

    protected override IReadOnlyList<string> ReadsFrom(ProgressFile model, LoadedDocument document, DocumentWorkspace workspace) =>
        Roadmap(document, workspace) is { } roadmap ? [roadmap.Path] : [];

    private static LoadedDocument? Roadmap(LoadedDocument progress, DocumentWorkspace workspace)
    {
        var path = ProgressFolders.RoadmapOf(progress.Path);
        DocumentReads.Note(path);
        return File.Exists(path) ? workspace.Load(path) : null;
    }
}
