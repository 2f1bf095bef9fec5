namespace Prikaz.Import.Recognition;

/// <summary>A point of the order with its signed number.</summary>
internal sealed class DraftPoint : DraftNode
{
    public required string Text { get; set; }

    /// <summary>The number as printed («3.1.»), null when the original printed none.</summary>
    public string? SignedNumber { get; init; }

    /// <summary>The number written into the YAML (<c>number:</c>), when pinned.</summary>
    public string? Pinned { get; set; }

    public List<DraftPoint> Points { get; } = [];
}
