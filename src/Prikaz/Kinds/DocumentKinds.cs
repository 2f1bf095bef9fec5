using System.Diagnostics.CodeAnalysis;
using Prikaz.Amendments;
using Prikaz.Execution;
using Prikaz.Loading;
using Prikaz.Orders;

namespace Prikaz.Kinds;

/// <summary>
/// The document kinds a program reads, keyed by <see cref="IDocumentKind.Id"/>: a new kind is a new
/// folder and one line in <see cref="BuiltIn"/>. One kind is the default, for files without <c>kind:</c>.
/// Each kind's schema is parsed once per registry, on first use, and shared by every thread.
/// </summary>
public sealed class DocumentKinds
{
    private readonly Dictionary<string, (IDocumentKind Kind, SchemaBinding Binding)> byId = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="kinds"/>; the first is the default. Two kinds with one id are a programming error.</summary>
    public DocumentKinds(IEnumerable<IDocumentKind> kinds)
    {
        var all = new List<IDocumentKind>();
        foreach (var kind in kinds)
        {
            if (!byId.TryAdd(kind.Id, (kind, new SchemaBinding(() => kind.Schema, kind.Contract))))
            {
                throw new ArgumentException($"Two document kinds with the id '{kind.Id}'.", nameof(kinds));
            }

            all.Add(kind);
        }

        All = all.Count > 0 ? all : throw new ArgumentException("No document kinds.", nameof(kinds));
    }

    /// <summary>The kinds Prikaz ships.</summary>
    public static DocumentKinds BuiltIn { get; } = new([new OrderDocumentKind(), new ProgressDocumentKind(), new AmendmentDocumentKind()]);

    /// <summary>Every kind, the default first.</summary>
    public IReadOnlyList<IDocumentKind> All { get; }

    /// <summary>The kind of a file that does not say <c>kind:</c>.</summary>
    public IDocumentKind Default => All[0];

    /// <summary>This registry with <paramref name="kind"/> added (a program's or a test's own kind).</summary>
    public DocumentKinds With(IDocumentKind kind) => new([.. All, kind]);

    public bool TryGet(string id, [NotNullWhen(true)] out IDocumentKind? kind)
    {
        kind = byId.TryGetValue(id, out var entry) ? entry.Kind : null;
        return kind is not null;
    }

    internal SchemaBinding Binding(IDocumentKind kind) => byId[kind.Id].Binding;
}
