using Prikaz.Execution.Progress;

namespace Prikaz.Execution.Report;

/// <summary>
/// The data of «Информация о ходе реализации «дорожной карты»» for one period: a row per item and the
/// summary by responsible party. Plain records, so the XLSX writer and a template model for DOCX/PDF
/// can both be built from it.
/// </summary>
/// <param name="AsOf">The day overdue marks are counted on: the progress file's date, else the day after the period.</param>
public sealed record ProgressReport(
    string RoadmapTitle,
    string Order,
    ReportPeriod Period,
    DateOnly AsOf,
    IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<ReportSummaryRow> Summary,
    ReportSummaryRow Total);
