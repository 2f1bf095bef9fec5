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

/// <summary>A row of a <see cref="SourceTable"/>.</summary>
internal sealed record SourceRow
{
    public required IReadOnlyList<SourceCell> Cells { get; init; }

    public required string Where { get; init; }

    /// <summary>True when the format marks the row as a header repeated on every page (DOCX <c>w:tblHeader</c>).</summary>
    public bool RepeatsOnEveryPage { get; init; }

    /// <summary>The cells that start here (not covered by a span from the left), in order.</summary>
    public IEnumerable<SourceCell> Starting => Cells.Where(c => !c.CoveredFromLeft);

    /// <summary>The texts of the starting cells.</summary>
    public IReadOnlyList<string> Texts => Starting.Select(c => c.Text).ToList();
}

/// <summary>
/// A grid cell. A cell spanning columns appears once with <see cref="Span"/> &gt; 1 and its covered
/// places as <see cref="CoveredFromLeft"/>; a cell merged with the one above (<c>w:vMerge</c>) is empty
/// with <see cref="MergedWithAbove"/>.
/// </summary>
internal sealed record SourceCell(string Text)
{
    public int Span { get; init; } = 1;

    public bool CoveredFromLeft { get; init; }

    public bool MergedWithAbove { get; init; }

    public bool Bold { get; init; }

    public static SourceCell Empty { get; } = new(string.Empty);
}
