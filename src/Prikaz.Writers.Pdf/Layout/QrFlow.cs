namespace Prikaz.Writers.Pdf.Layout;

/// <summary>
/// The QR code: takes no room in the text flow; the document layout puts it at the bottom right of
/// page 1 (ГОСТ Р 7.0.97-2025), or at the top right when text reaches down to that corner.
/// </summary>
internal sealed class QrFlow(PageItem.Squares modules, float size) : FlowBlock
{
    public PageItem.Squares Modules { get; } = modules;

    public float Size { get; } = size;

    public override float Height => 0;

    public override float LeadHeight => 0;

    public override void Place(PageFlow flow) => flow.QrCodes.Add(this);
}
