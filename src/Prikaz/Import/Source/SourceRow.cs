namespace Prikaz.Import.Source;

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
