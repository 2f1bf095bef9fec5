using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Prikaz.Diagnostics;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Pipeline;
using Prikaz.Profiles;
using Prikaz.Templating;
using Prikaz.Tests.Support;
using Prikaz.Validation;
using Scriban.Runtime;

namespace Prikaz.Tests.Kinds;

/// <summary>A «служебная записка»: a document kind that lives in the tests, to prove a new kind needs nothing but the registry.</summary>
internal sealed class MemoKind : DocumentKind<MemoFile>
{
    public static readonly string Folder = Path.Combine(GoldenFile.CasesRoot(), "kinds", "memo");

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public override string Id => "memo";

    public override string Description => "служебная записка";

    public override string Schema => File.ReadAllText(Path.Combine(Folder, "memo.schema.json"));

    public override string RootTemplate => "memo.sbn";

    public override IReadOnlyList<RuleInfo> Rules { get; } = [new RuleInfo("PRK098", Severity.Warning, "Служебная записка без текста")];

    protected override JsonTypeInfo<MemoFile> ModelContract => (JsonTypeInfo<MemoFile>)Options.GetTypeInfo(typeof(MemoFile));

    protected override AuthorityReference Authority(MemoFile model, LoadedDocument document, DocumentWorkspace workspace) => new(model.Authority, "/authority");

    protected override IReadOnlyList<Diagnostic> Check(MemoFile model, DocumentCheck check)
    {
        if (model.Memo.Text.Trim().Length > 0)
        {
            return [];
        }

        var position = check.Document.Map.Locate("/memo/text");
        return [new Diagnostic(check.Document.Path, position.Line, position.Column, Severity.Warning, "PRK098", "в служебной записке нет текста")];
    }

    protected override ScriptObject TemplateModel(MemoFile model, AuthorityProfile profile, CheckedDocument document)
    {
        var globals = RequisitesModel.Globals(model.Memo, profile);
        globals["memo"] = new ScriptObject
        {
            ["addressee"] = model.Memo.Addressee,
            ["paragraphs"] = model.Memo.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        };
        return globals;
    }
}

/// <summary>The file of a memo: the authority, and the memo's requisites and text.</summary>
internal sealed record MemoFile(string Authority, Memo Memo) : IDocumentModel;

/// <summary>A memo composes the shared requisites with its addressee and text.</summary>
internal sealed record Memo : Requisites
{
    public required string Addressee { get; init; }

    public required string Text { get; init; }
}
