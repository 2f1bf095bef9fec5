namespace Prikaz.Writers.Pdf.Layout;

/// <summary>A paragraph broken into lines for one width.</summary>
internal sealed record ParagraphLines(ParagraphFormat Format, IReadOnlyList<PlacedLine> Lines)
{
    public float LinesHeight => Lines.Sum(line => line.Height);
}
