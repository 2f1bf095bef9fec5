using System.Text.Json.Nodes;
using Prikaz.Diagnostics;
using Prikaz.Kinds;

namespace Prikaz.Loading;

/// <summary>
/// Reads the root <c>kind:</c> of a document before anything is bound: it decides which schema and
/// model apply. No <c>kind:</c> means the default kind (the order), so files written before kinds
/// existed stay valid unchanged. The key is taken out of the tree, so a kind's own schema never sees it.
/// </summary>
internal static class KindDiscriminator
{
    public const string Key = "kind";

    /// <summary>The kind the document declares, or null after reporting why it has none.</summary>
    public static IDocumentKind? Select(YamlDocument document, DocumentKinds kinds, List<Diagnostic> diagnostics)
    {
        if (document.Root is not JsonObject root || !root.TryGetPropertyValue(Key, out var value))
        {
            return kinds.Default;
        }

        root.Remove(Key);
        var position = document.Map.Locate("/" + Key);
        var id = value is JsonValue text && text.TryGetValue<string>(out var s) ? s : null;
        if (id is not null && kinds.TryGet(id, out var kind))
        {
            return kind;
        }

        var known = string.Join("; ", kinds.All.Select(k => $"{k.Id} — {k.Description}"));
        var nearest = id is null ? null : EditDistance.Nearest(id, kinds.All.Select(k => k.Id));
        var message = id is null
            ? $"вид документа (kind) должен быть словом; допустимые виды: {known}"
            : $"неизвестный вид документа \"{id}\"" + (nearest is null ? string.Empty : $"; возможно, имелось в виду \"{nearest}\"") +
              $". Допустимые виды: {known}";
        diagnostics.Add(new Diagnostic(document.Map.File, position.Line, position.Column, Severity.Error, LoadCodes.UnknownKind, message));
        return null;
    }
}
