using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>One row (or rows) of the roadmap table read as an item.</summary>
internal sealed class DraftItem : DraftNode
{
    public required string Where { get; init; }

    public string? SignedNumber { get; set; }

    public string? Pinned { get; set; }

    /// <summary>Cell text by column key, as read (after continuation rows were joined).</summary>
    public Dictionary<string, string> Cells { get; } = new(StringComparer.Ordinal);

    public List<PartyRef> Responsible { get; } = [];

    public List<PartyRef> TargetGroup { get; } = [];

    public List<DraftScheduleRow> Schedule { get; } = [];

    public string Cell(string key) => Cells.GetValueOrDefault(key) ?? string.Empty;
}
