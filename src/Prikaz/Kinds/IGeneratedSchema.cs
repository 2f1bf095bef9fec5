using Prikaz.Schema;

namespace Prikaz.Kinds;

/// <summary>
/// A built-in kind whose schema is generated from its model type into the committed
/// <c>roadmap.schema.json</c> (<see cref="DocumentSchema"/>); a kind added by a program supplies its
/// schema text itself.
/// </summary>
internal interface IGeneratedSchema : IDocumentKind
{
    Type ModelType { get; }

    IReadOnlyList<PropertyPattern> Patterns { get; }
}
