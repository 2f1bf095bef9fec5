using System.Text.Json.Serialization.Metadata;
using Prikaz.Amendments.Checking;
using Prikaz.Amendments.Files;
using Prikaz.Amendments.Wording;
using Prikaz.Diagnostics;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Profiles;
using Prikaz.Schema;
using Prikaz.Validation;
using Scriban.Runtime;

namespace Prikaz.Amendments;

/// <summary>
/// The amendment order (<c>kind: amendment</c>, «О внесении изменений в приказ …»): names the order it
/// amends (a file in the same workspace), lists its changes in the signed numbering and renders them
/// with the drafting formulas (<c>amendment.sbn</c>); <c>prikaz amend</c> writes it from two editions.
/// Its codes are PRK260–PRK269.
/// </summary>
internal sealed class AmendmentDocumentKind : DocumentKind<AmendmentFile>, IGeneratedSchema
{
    public const string KindId = "amendment";

    private static readonly Lazy<string> Definition = new(() => DocumentSchema.Definition(KindId));

    public override string Id => KindId;

    public override string Description => "приказ о внесении изменений в приказ с «дорожной картой»";

    public override string Schema => Definition.Value;

    public override string RootTemplate => "amendment.sbn";

    public override IReadOnlyList<RuleInfo> Rules { get; } =
        [.. AmendmentCodes.Titles.Select(code => new RuleInfo(code.Code, code.Code == AmendmentCodes.TitleNumber ? Severity.Warning : Severity.Error, code.Title))];

    public Type ModelType => typeof(AmendmentFile);

    public IReadOnlyList<PropertyPattern> Patterns { get; } =
    [
        new PropertyPattern(typeof(AmendmentFile), "authority", DocumentSchema.AuthorityPattern),
    ];

    protected override JsonTypeInfo<AmendmentFile> ModelContract => ModelJson.TypeInfo<AmendmentFile>();

    protected override AuthorityReference Authority(AmendmentFile model, LoadedDocument document, DocumentWorkspace workspace) => new(model.Authority, "/authority");

    protected override IReadOnlyList<Diagnostic> Check(AmendmentFile model, DocumentCheck check) => AmendmentChecker.Check(model, check);

    // The order's words come from the amended order (its columns, parties, title): a change there changes this document.
    protected override IReadOnlyList<string> ReadsFrom(AmendmentFile model, LoadedDocument document, DocumentWorkspace workspace) =>
        AmendedOrders.Open(document, model, workspace) is { } amended ? [amended.Loaded.Path] : [];

    protected override ScriptObject TemplateModel(AmendmentFile model, AuthorityProfile profile, CheckedDocument document)
    {
        var amended = AmendedOrders.Open(document.Loaded, model, document.Workspace)
            ?? throw new InvalidOperationException("A checked amendment names an order that cannot be opened.");
        return AmendmentTemplateModel.Build(model, amended.File, profile);
    }
}
