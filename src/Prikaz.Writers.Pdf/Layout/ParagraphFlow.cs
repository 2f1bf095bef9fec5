namespace Prikaz.Writers.Pdf.Layout;

/// <summary>
/// A paragraph placed line by line. Widow control: a paragraph of three or more lines never leaves
/// its last line alone at the top of a page, and a first line is not left alone at the bottom.
/// </summary>
internal sealed class ParagraphFlow(ParagraphLines paragraph) : FlowBlock
{
    public ParagraphLines Paragraph { get; } = paragraph;

    public override float SpaceBefore => Paragraph.Format.SpaceBefore;

    public override float SpaceAfter => Paragraph.Format.SpaceAfter;

    public override bool KeepWithNext => Paragraph.Format.KeepWithNext;

    public override float Height => Paragraph.LinesHeight;

    public override float LeadHeight => Paragraph.Lines.Take(2).Sum(line => line.Height);

    public override void Place(PageFlow flow)
    {
        var lines = Paragraph.Lines;
        var next = 0;
        while (next < lines.Count)
        {
            var fit = 0;
            var used = 0f;
            while (next + fit < lines.Count && used + lines[next + fit].Height <= flow.Remaining + 0.01f)
            {
                used += lines[next + fit].Height;
                fit++;
            }

            var left = lines.Count - next - fit;
            if (left > 0 && !flow.AtTop)
            {
                if (left == 1 && fit >= 2 && lines.Count >= 3)
                {
                    fit--;
                }

                if (next == 0 && fit == 1 && lines.Count >= 2)
                {
                    fit = 0;
                }
            }

            if (fit == 0)
            {
                if (flow.AtTop)
                {
                    fit = 1;
                }
                else
                {
                    flow.NewPage();
                    continue;
                }
            }

            for (var i = 0; i < fit; i++)
            {
                flow.AddLine(lines[next + i], flow.Left);
            }

            next += fit;
            if (next < lines.Count)
            {
                flow.NewPage();
            }
        }
    }
}
