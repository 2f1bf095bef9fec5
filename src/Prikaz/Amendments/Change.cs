using System.Text.Json.Nodes;

namespace Prikaz.Amendments;

/// <summary>
/// One change between two editions, named in the numbering of the signed (old) edition. Values are
/// JSON as the author writes the YAML: for <see cref="ChangeOp.ReplaceWords"/> the quoted words; for a
/// restated field its old and new value; for a restated, added or excluded unit the unit itself
/// (an exclusion's <see cref="New"/> is the exclusion mark, or null when the unit was taken out of the file).
/// </summary>
public sealed record Change
{
    public required ChangeOp Op { get; init; }

    public required ChangeUnit Unit { get; init; }

    /// <summary>The number of a point, section or item: in the signed edition, or for an addition the number it gets («5.4», «4.4.1»).</summary>
    public string? Number { get; init; }

    /// <summary>Where the unit sits: the section of an item, the point of a sub-point; null at the top.</summary>
    public string? Parent { get; init; }

    /// <summary>The key of a column or the id of a party.</summary>
    public string? Key { get; init; }

    /// <summary>The field changed: for an item the column key («deadline», a custom key); otherwise the member name («title», «text», «goal»). Null when the whole unit changes.</summary>
    public string? Field { get; init; }

    public JsonNode? Old { get; init; }

    public JsonNode? New { get; init; }

    /// <summary>For an addition: the number (or column key) of the unit of the signed edition it follows; null when it comes first.</summary>
    public string? After { get; init; }

    /// <summary>The old value when it is text (the quoted words of a replaceWords).</summary>
    public string? OldText => UnitJson.Text(Old);

    /// <summary>The new value when it is text.</summary>
    public string? NewText => UnitJson.Text(New);
}
