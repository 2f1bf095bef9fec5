namespace Prikaz.Writers.Pdf.Layout;

/// <summary>A block measured for the content width of its section, ready to be placed on pages.</summary>
internal abstract class FlowBlock
{
    public virtual float SpaceBefore => 0;

    public virtual float SpaceAfter => 0;

    /// <summary>Keep on the page of the next block (headings and titles).</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>Total height when nothing splits.</summary>
    public abstract float Height { get; }

    /// <summary>The smallest first piece that must stand on a page (a preceding keep-with-next block needs it beside it).</summary>
    public abstract float LeadHeight { get; }

    public abstract void Place(PageFlow flow);
}
