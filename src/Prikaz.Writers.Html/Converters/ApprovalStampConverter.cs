using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>
/// The approval stamp: a block of its width pushed against the right border. An auto left margin
/// rather than a float keeps the following title below the stamp, as in the DOCX and PDF.
/// </summary>
internal sealed class ApprovalStampConverter : BlockConverter<ApprovalStamp, HtmlRenderer>
{
    protected override void Convert(ApprovalStamp block, HtmlRenderer renderer)
    {
        renderer.Markup.OpenBlock("div", ("class", "stamp"), ("style", $"width: {Css.Mm(block.WidthMm)}"));
        foreach (var line in block.Lines)
        {
            renderer.WriteParagraph("p", line.Style, line.Alignment, line.Inlines);
        }

        renderer.Markup.CloseBlock("div");
    }
}
