namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Items laid out relative to a block's top-left corner, for blocks that never split.</summary>
internal sealed class Box
{
    public List<PageItem> Items { get; } = [];

    public float Height { get; set; }

    /// <summary>Adds the lines with their top-left at (<paramref name="x"/>, <paramref name="y"/>); returns the y below them.</summary>
    public float AddLines(IEnumerable<PlacedLine> lines, float x, float y)
    {
        foreach (var line in lines)
        {
            foreach (var run in line.Runs)
            {
                Items.Add(new PageItem.Text(x + run.X, y + line.Baseline, run.Text, run.Style));
            }

            y += line.Height;
        }

        Height = Math.Max(Height, y);
        return y;
    }

    public void Add(PageItem item, float bottom)
    {
        Items.Add(item);
        Height = Math.Max(Height, bottom);
    }

    /// <summary>Adds the items of <paramref name="source"/> with its top-left at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Add(Box source, float x, float y)
    {
        foreach (var item in source.Items)
        {
            Add(item.Moved(x, y), y + source.Height);
        }
    }
}
