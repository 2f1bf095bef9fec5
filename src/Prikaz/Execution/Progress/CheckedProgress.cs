using Prikaz.Diagnostics;

namespace Prikaz.Execution.Progress;

/// <summary>A checked progress file: its model and period when they loaded, and every diagnostic.</summary>
public sealed record CheckedProgress(string Path, ProgressFile? File, ReportPeriod? Period, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the file can be counted on: it loaded, names a period, and no check found an error.</summary>
    public bool IsUsable => File is not null && Period is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>The day its overdue marks are counted on: the file's date, else the day after the period.</summary>
    public DateOnly? AsOf => File?.Date ?? Period?.To.AddDays(1);
}
