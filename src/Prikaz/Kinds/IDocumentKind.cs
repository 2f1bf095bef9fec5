using System.Text.Json.Serialization.Metadata;
using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Validation;
using Scriban.Runtime;

namespace Prikaz.Kinds;

/// <summary>
/// One kind of document Prikaz reads and renders, registered in <see cref="DocumentKinds"/> the way a
/// writer is registered in <c>DocumentWriters</c>: the <c>kind:</c> at the YAML root selects it. A kind
/// gives its model and schema, its rules, the template model it builds and its root template; the
/// <see cref="Pipeline.DocumentPipeline"/> does everything else the same way for every kind.
/// </summary>
public interface IDocumentKind
{
    /// <summary>The value of <c>kind:</c> at the YAML root, e.g. <c>order</c>.</summary>
    string Id { get; }

    /// <summary>What the kind is, in Russian, for messages and the schema: «приказ с приложениями».</summary>
    string Description { get; }

    /// <summary>The JSON Schema (draft-07) of the kind's files, without the root <c>kind</c> key.</summary>
    string Schema { get; }

    /// <summary>The contract that binds a file valid against <see cref="Schema"/> to the kind's model.</summary>
    JsonTypeInfo Contract { get; }

    /// <summary>The template a document of this kind starts from, relative to the templates folder.</summary>
    string RootTemplate { get; }

    /// <summary>The kind's semantic rules, for the documentation and code scanning.</summary>
    IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The authority whose profile the document uses; null when the document names none it can be found by.</summary>
    AuthorityReference? Authority(LoadedDocument document, DocumentWorkspace workspace);

    /// <summary>Runs the kind's rules; diagnostics name the document's own file.</summary>
    IReadOnlyList<Diagnostic> Check(DocumentCheck check);

    /// <summary>The plain object tree the root template sees, built from a document that can be rendered.</summary>
    ScriptObject TemplateModel(CheckedDocument document);

    /// <summary>
    /// The other files of the workspace a document of this kind is made from (the order an amendment
    /// amends, the roadmap of a progress file): a build renders it again when one of them changes.
    /// </summary>
    IReadOnlyList<string> ReadsFrom(LoadedDocument document, DocumentWorkspace workspace) => [];

    /// <summary>The base name of the document's files: <c>x.yaml</c> → <c>x</c> (then <c>x.docx</c>, <c>x.pdf</c> …).</summary>
    string OutputName(LoadedDocument document) => Path.GetFileNameWithoutExtension(document.Path);
}
