namespace Prikaz.Import.Recognition;

/// <summary>A section row and its items.</summary>
internal sealed class DraftSection : DraftNode
{
    public required string Title { get; set; }

    public string? SignedNumber { get; init; }

    public string? Pinned { get; set; }

    public List<DraftItem> Items { get; } = [];
}
