namespace Prikaz.Import.Source;

/// <summary>
/// A table expanded onto its grid: every row has one <see cref="SourceCell"/> per grid column, whatever
/// spans and vertical merges the format used.
/// </summary>
internal sealed record SourceTable : SourceBlock
{
    public required IReadOnlyList<SourceRow> Rows { get; init; }

    /// <summary>The number of grid columns.</summary>
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);
}
