namespace Prikaz.Execution.Report;

/// <summary>
/// «Сводка об исполнении» for one responsible party (the first named executor of each item, as
/// document systems count it) or for all: how many items were done on time, late, are overdue, are
/// not yet due, or have no date.
/// </summary>
public sealed record ReportSummaryRow(string Party, int Items, int OnTime, int Late, int Overdue, int NotDue, int Undated, int Cancelled)
{
    /// <summary>Items whose execution can be judged: done (on time or late) or overdue.</summary>
    public int Judged => OnTime + Late + Overdue;

    /// <summary>«Исполнено в срок, %»: on time of <see cref="Judged"/>, rounded to one decimal; null when nothing can be judged yet.</summary>
    public double? OnTimePercent => Judged == 0 ? null : Math.Round(100.0 * OnTime / Judged, 1, MidpointRounding.AwayFromZero);
}
