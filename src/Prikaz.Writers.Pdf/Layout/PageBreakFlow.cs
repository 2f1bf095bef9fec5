namespace Prikaz.Writers.Pdf.Layout;

/// <summary>An explicit page break; at the top of a page it does nothing, so it never makes a blank page.</summary>
internal sealed class PageBreakFlow : FlowBlock
{
    public override float Height => 0;

    public override float LeadHeight => 0;

    public override void Place(PageFlow flow)
    {
        if (!flow.AtTop)
        {
            flow.NewPage();
        }
    }
}
