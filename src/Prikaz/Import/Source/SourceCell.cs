namespace Prikaz.Import.Source;

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
