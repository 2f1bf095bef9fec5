namespace Prikaz.Writers.Pdf.Layout;

/// <summary>A paragraph ready for line breaking. <paramref name="Style"/> gives the height of an empty paragraph.</summary>
internal sealed record StyledParagraph(ParagraphFormat Format, TextStyle Style, IReadOnlyList<StyledInline> Inlines);
