namespace Prikaz.Writers.Pdf.Layout;

/// <summary>
/// The executor mark and the distribution list after it: placed at the bottom of the order's last
/// page (ГОСТ Р 7.0.97: the executor mark is at the bottom of the last sheet), on a new page when the
/// text leaves no room for them.
/// </summary>
internal sealed class BottomFlow : FlowBlock
{
    private readonly List<ParagraphLines> paragraphs = [];

    public BottomFlow(ParagraphLines first) => paragraphs.Add(first);

    public override float Height => paragraphs.Sum(p => p.LinesHeight) + paragraphs.Skip(1).Sum(p => p.Format.SpaceBefore);

    public override float LeadHeight => Height;

    public void Append(ParagraphLines paragraph) => paragraphs.Add(paragraph);

    public override void Place(PageFlow flow)
    {
        if (Height > flow.Remaining + 0.01f && !flow.AtTop)
        {
            flow.NewPage();
        }

        flow.MoveTo(Math.Max(flow.Y, flow.Geometry.ContentBottom - Height));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                flow.Advance(paragraphs[i].Format.SpaceBefore);
            }

            foreach (var line in paragraphs[i].Lines)
            {
                flow.AddLine(line, flow.Left);
            }
        }
    }
}
