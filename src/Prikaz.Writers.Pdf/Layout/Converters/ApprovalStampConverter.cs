using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

/// <summary>The approval stamp: a narrow block of lines at the right border, kept whole.</summary>
internal sealed class ApprovalStampConverter : BlockConverter<ApprovalStamp, SectionLayout>
{
    protected override void Convert(ApprovalStamp block, SectionLayout layout)
    {
        var width = Math.Min(Units.Mm(block.WidthMm), layout.ContentWidth);
        var box = new Box();
        var y = 0f;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            var lines = layout.Breaker.Break(layout.Styler.Paragraph(line.Style, line.Inlines, line.Alignment ?? Alignment.Left, firstLineIndent: false), width);
            y = box.AddLines(lines.Lines, layout.ContentWidth - width, y + (i > 0 ? lines.Format.SpaceBefore : 0));
        }

        var after = block.Lines.Count == 0 ? 0 : (float)layout.Styler.Style(block.Lines[^1].Style).SpaceAfterPt;
        layout.Add(new BoxFlow(box, spaceAfter: Math.Max(after, Units.Mm(5))));
    }
}
