namespace Prikaz.Writers.Pdf.Layout;

/// <summary>A line after breaking and alignment: its height, baseline below its top, and its runs.</summary>
internal sealed record PlacedLine(float Height, float Baseline, IReadOnlyList<PlacedRun> Runs)
{
    /// <summary>The text as a reader sees it, for tests.</summary>
    public string Text => string.Concat(Runs.Select(run => run.Text)).Trim();

    /// <summary>Right edge of the last visible run.</summary>
    public float Right => Runs.Count == 0 ? 0 : Runs.Max(run => run.X + run.Width);
}
