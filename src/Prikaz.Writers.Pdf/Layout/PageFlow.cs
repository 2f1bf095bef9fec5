namespace Prikaz.Writers.Pdf.Layout;

/// <summary>
/// The cursor that fills pages top to bottom: blocks ask how much room is left, add items at the
/// cursor and start new pages. A new page may carry a repeated table header (see <see cref="PageStarted"/>).
/// </summary>
internal sealed class PageFlow
{
    private readonly List<LaidOutPage> pages = [];
    private PageGeometry geometry = null!;
    private int section = -1;
    private float topOfContent;

    public IReadOnlyList<LaidOutPage> Pages => pages;

    /// <summary>QR codes met in the flow, placed on page 1 once all pages are known.</summary>
    public List<QrFlow> QrCodes { get; } = [];

    public LaidOutPage Page => pages[^1];

    public PageGeometry Geometry => geometry;

    /// <summary>The cursor: top of the next thing placed, in points from the top edge.</summary>
    public float Y { get; private set; }

    public float Left => geometry.Left;

    public float ContentWidth => geometry.ContentWidth;

    public float Remaining => geometry.ContentBottom - Y;

    /// <summary>Nothing but repeated headers has been placed on this page yet.</summary>
    public bool AtTop => Y <= topOfContent + 0.01f;

    /// <summary>Room on a fresh page of this section.</summary>
    public float FullPage => geometry.ContentBottom - geometry.Top;

    /// <summary>Called after every new page; a table uses it to repeat its header rows.</summary>
    public Action? PageStarted { get; set; }

    public void StartSection(PageGeometry sectionGeometry)
    {
        geometry = sectionGeometry;
        section++;
        pages.Add(new LaidOutPage(geometry, section, 0));
        Y = topOfContent = geometry.Top;
    }

    public void NewPage()
    {
        pages.Add(new LaidOutPage(geometry, section, Page.IndexInSection + 1));
        Y = topOfContent = geometry.Top;
        PageStarted?.Invoke();
        topOfContent = Y;
    }

    public void Add(PageItem item) => Page.Items.Add(item);

    /// <summary>Moves the cursor down, never past the bottom of the content area.</summary>
    public void Advance(float height)
    {
        Y = Math.Min(Y + height, geometry.ContentBottom);
    }

    /// <summary>Moves the cursor to <paramref name="y"/> (bottom-anchored blocks).</summary>
    public void MoveTo(float y) => Y = y;

    /// <summary>Adds a placed line with its top at the cursor and moves below it.</summary>
    public void AddLine(PlacedLine line, float left)
    {
        foreach (var run in line.Runs)
        {
            Add(new PageItem.Text(left + run.X, Y + line.Baseline, run.Text, run.Style));
        }

        Y += line.Height;
    }
}
