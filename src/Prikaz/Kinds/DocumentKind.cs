using System.Text.Json.Serialization.Metadata;
using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Profiles;
using Prikaz.Validation;
using Scriban.Runtime;

namespace Prikaz.Kinds;

/// <summary>
/// A document kind over one model type: implements <see cref="IDocumentKind"/>'s untyped members once,
/// so a kind only writes its typed ones.
/// </summary>
public abstract class DocumentKind<TModel> : IDocumentKind
    where TModel : class, IDocumentModel
{
    public abstract string Id { get; }

    public abstract string Description { get; }

    public abstract string Schema { get; }

    public abstract string RootTemplate { get; }

    public abstract IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The compile-time contract of <typeparamref name="TModel"/>.</summary>
    protected abstract JsonTypeInfo<TModel> ModelContract { get; }

    JsonTypeInfo IDocumentKind.Contract => ModelContract;

    AuthorityReference? IDocumentKind.Authority(LoadedDocument document, DocumentWorkspace workspace) => Authority((TModel)document.Model!, document, workspace);

    IReadOnlyList<Diagnostic> IDocumentKind.Check(DocumentCheck check) => Check((TModel)check.Document.Model!, check);

    ScriptObject IDocumentKind.TemplateModel(CheckedDocument document) =>
        TemplateModel((TModel)document.Loaded.Model!, document.Profile!, document);

    public virtual string OutputName(LoadedDocument document) => Path.GetFileNameWithoutExtension(document.Path);

    IReadOnlyList<string> IDocumentKind.ReadsFrom(LoadedDocument document, DocumentWorkspace workspace) =>
        document.Model is TModel model ? ReadsFrom(model, document, workspace) : [];

    /// <summary>The other files of the workspace the document is made from; none by default.</summary>
    protected virtual IReadOnlyList<string> ReadsFrom(TModel model, LoadedDocument document, DocumentWorkspace workspace) => [];

    protected abstract AuthorityReference? Authority(TModel model, LoadedDocument document, DocumentWorkspace workspace);

    protected abstract IReadOnlyList<Diagnostic> Check(TModel model, DocumentCheck check);

    protected abstract ScriptObject TemplateModel(TModel model, AuthorityProfile profile, CheckedDocument document);
}
