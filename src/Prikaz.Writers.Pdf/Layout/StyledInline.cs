namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Paragraph content with the style resolved: text, a forced line break or a right tab.</summary>
internal abstract record StyledInline
{
    public sealed record Text(string Value, TextStyle Style) : StyledInline;

    public sealed record Break(TextStyle Style) : StyledInline;

    public sealed record Tab(TextStyle Style) : StyledInline;
}
