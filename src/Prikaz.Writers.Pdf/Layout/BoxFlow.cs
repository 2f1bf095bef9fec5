namespace Prikaz.Writers.Pdf.Layout;

/// <summary>An unbreakable block (stamp, signature, picture): moves to the next page whole when it does not fit.</summary>
internal sealed class BoxFlow(Box box, float spaceBefore = 0, float spaceAfter = 0) : FlowBlock
{
    public override float SpaceBefore => spaceBefore;

    public override float SpaceAfter => spaceAfter;

    public override float Height => box.Height;

    public override float LeadHeight => box.Height;

    public override void Place(PageFlow flow)
    {
        if (box.Height > flow.Remaining + 0.01f && !flow.AtTop)
        {
            flow.NewPage();
        }

        var top = flow.Y;
        foreach (var item in box.Items)
        {
            flow.Add(item.Moved(flow.Left, top));
        }

        flow.Advance(box.Height);
    }
}
