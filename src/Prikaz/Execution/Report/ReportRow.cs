using Prikaz.Execution.Progress;

namespace Prikaz.Execution.Report;

/// <summary>One row of the report: an item, its deadline, who answers for it, and where it stands.</summary>
/// <param name="Deadline">As printed in the roadmap («сентябрь», «по графику»).</param>
/// <param name="Due">The date it falls due (moved off a day off); null for «постоянно», «по запросу».</param>
/// <param name="Status">The latest status reported by the end of the period; null when nothing was reported.</param>
/// <param name="What">What the progress file of this period says was done; null when it says nothing.</param>
/// <param name="Overdue">Past due on the report's as-of date with no <c>done</c>.</param>
public sealed record ReportRow(
    string Number,
    string Activity,
    string Deadline,
    DateOnly? Due,
    string Responsible,
    ProgressStatus? Status,
    DateOnly? Done,
    string? What,
    IReadOnlyList<string> Evidence,
    bool Overdue)
{
    /// <summary>The status in Russian; «нет сведений» when nothing was reported.</summary>
    public string StatusText => Status is { } status ? ProgressStatusText.Of(status) : "нет сведений";

    /// <summary>Done after the date it was due.</summary>
    public bool DoneLate => Done is { } done && Due is { } due && done > due;
}
