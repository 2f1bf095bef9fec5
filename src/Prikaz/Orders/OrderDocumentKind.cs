using System.Text.Json.Serialization.Metadata;
using Prikaz.Diagnostics;
using Prikaz.Execution;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Pipeline;
using Prikaz.Printability;
using Prikaz.Profiles;
using Prikaz.Schema;
using Prikaz.Validation;
using Scriban.Runtime;

namespace Prikaz.Orders;

/// <summary>
/// The order (приказ, распоряжение) with its roadmap appendix: the default kind, so every file
/// written before kinds existed is one. Its rules are PRK001–PRK099; it starts from <c>order.sbn</c>.
/// </summary>
internal sealed class OrderDocumentKind : DocumentKind<OrderFile>, IGeneratedSchema
{
    public const string KindId = "order";

    private static readonly Lazy<string> Definition = new(() => DocumentSchema.Definition(KindId));

    public override string Id => KindId;

    public override string Description => "приказ (распоряжение) с «дорожной картой» в приложении";

    public override string Schema => Definition.Value;

    public override string RootTemplate => "order.sbn";

    public override IReadOnlyList<RuleInfo> Rules => RoadmapValidator.Rules;

    public Type ModelType => typeof(OrderFile);

    public IReadOnlyList<PropertyPattern> Patterns { get; } =
    [
        new PropertyPattern(typeof(OrderFile), "authority", DocumentSchema.AuthorityPattern),
        new PropertyPattern(typeof(Item), "id", DocumentSchema.UnitIdPattern),
        new PropertyPattern(typeof(Section), "id", DocumentSchema.UnitIdPattern),
        new PropertyPattern(typeof(Point), "id", DocumentSchema.UnitIdPattern),
    ];

    protected override JsonTypeInfo<OrderFile> ModelContract => ModelJson.TypeInfo<OrderFile>();

    protected override AuthorityReference Authority(OrderFile model, LoadedDocument document, DocumentWorkspace workspace) => new(model.Authority, "/authority");

    protected override IReadOnlyList<Diagnostic> Check(OrderFile model, DocumentCheck check)
    {
        var diagnostics = new List<Diagnostic>(RoadmapValidator.Validate(model, check.Document.Map, check.ProfileExists, check.Profile, check.Measure));
        if (check.Profile is { } profile)
        {
            diagnostics.AddRange(QrCapacityCheck.Check(model, check.Document.Map, profile, check.ProfileMap));
        }

        if (check.AsOf is { } asOf)
        {
            diagnostics.AddRange(ExecutionValidation.Overdue(check.Document, model, check.Profile, check.Workspace.Templates, asOf));
        }

        return diagnostics;
    }

    protected override ScriptObject TemplateModel(OrderFile model, AuthorityProfile profile, CheckedDocument document) =>
        OrderTemplateModel.Build(model, profile, document.Measure);
}
