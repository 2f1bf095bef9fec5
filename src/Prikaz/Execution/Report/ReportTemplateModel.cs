using System.Globalization;
using System.Text.RegularExpressions;
using Prikaz.Execution.Calendar;
using Prikaz.Execution.Deadlines;
using Prikaz.Execution.Progress;
using Prikaz.Kinds;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Russian;
using Prikaz.Templating;
using Scriban.Runtime;

namespace Prikaz.Execution.Report;

/// <summary>
/// The template model of «Информация о ходе реализации «дорожной карты»» for one period (<c>report.sbn</c>):
/// the shared requisites (the report is dated the day its overdue marks are counted on, signed by the
/// progress file's signatory or the order's), the rows and the summary of <see cref="ProgressReports"/>.
/// </summary>
internal static class ReportTemplateModel
{
    /// <summary>A landscape A4 sheet is 297 mm wide.</summary>
    private const double LandscapeWidth = 297;

    public static ScriptObject Build(string progressPath, ProgressFile progress, OrderFile roadmap, AuthorityProfile profile, DocumentWorkspace workspace)
    {
        var period = ReportPeriod.Parse(progress.Period)!;
        var calendar = ProductionCalendars.Load(workspace.Templates).Calendar;
        var history = ProgressChecker.CheckAll(ProgressFolders.RoadmapOf(progressPath), roadmap);
        var report = ProgressReports.Build(roadmap, history, period, calendar, RoadmapDueDates.SchoolYearOf(profile));
        var approved = $"{profile.ApprovedBy} {EditionNames.Requisites(roadmap.Order)}";
        var title = $"о ходе реализации {RoadmapGenitive(report.RoadmapTitle)}, утверждённой {approved}, за {period.Title}";
        var requisites = new Requisites
        {
            Date = report.AsOf,
            Number = string.Empty,
            Title = "Информация " + title,
            Signatory = progress.Signatory ?? roadmap.Order.Signatory,
            Executor = progress.Executor,
        };

        var globals = RequisitesModel.Globals(requisites, profile);
        var order = (ScriptObject)globals["order"]!;
        order["kind_word"] = "ИНФОРМАЦИЯ";
        order["subject"] = $"Информация о ходе реализации за {period.Title}";
        var width = LandscapeWidth - profile.MarginLeft - profile.MarginRight;
        globals["report"] = new ScriptObject
        {
            ["title"] = title,
            ["as_of"] = RussianDates.Numeric(report.AsOf),
            ["rows"] = report.Rows.Select(Row).ToList(),
            ["summary"] = report.Summary.Append(report.Total).Select(Summary).ToList(),
            ["overdue"] = report.Total.Overdue,
            ["widths"] = RequisitesModel.Millimetres(Fit(width, 12, 60, 24, 40, 28, 30, 80)),
            ["summary_widths"] = RequisitesModel.Millimetres(Fit(width, 76, 16, 24, 30, 28, 24, 26, 26)),
        };
        return globals;
    }

    private static ScriptObject Row(ReportRow row) => new()
    {
        ["number"] = row.Number,
        ["activity"] = row.Activity,
        ["deadline"] = row.Deadline,
        ["due_iso"] = Iso(row.Due),
        ["responsible"] = row.Responsible,
        ["status"] = row.Overdue ? "просрочено" : row.StatusText,
        ["overdue"] = row.Overdue,
        ["done"] = row.Done is { } done ? RussianDates.Numeric(done) + (row.DoneLate ? " (с нарушением срока)" : string.Empty) : string.Empty,
        ["done_iso"] = Iso(row.Done),
        ["what"] = string.Join("\n", new[] { row.What }.Concat(row.Evidence).OfType<string>()),
    };

    // The date a cell stands for, for formats that keep dates as data (XLSX: sortable, filterable).
    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ScriptObject Summary(ReportSummaryRow row) => new()
    {
        ["party"] = row.Party,
        ["items"] = row.Items,
        ["on_time"] = row.OnTime,
        ["late"] = row.Late,
        ["overdue"] = row.Overdue,
        ["not_due"] = row.NotDue,
        ["undated"] = row.Undated + row.Cancelled,
        ["percent"] = row.OnTimePercent is { } percent ? percent.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',') : "—",
        ["percent_value"] = row.OnTimePercent?.ToString("0.#", CultureInfo.InvariantCulture),
    };

    // Proportions to millimetres that fill the page's text width, to a tenth of a millimetre.
    private static double[] Fit(double width, params double[] proportions)
    {
        var total = proportions.Sum();
        return [.. proportions.Select(p => Math.Floor(p * width / total * 10) / 10)];
    }

    // «Дорожная карта» по реализации мер … → «дорожной карты» по реализации мер …; any other title is
    // named after the words «дорожной карты»: «дорожной карты» «План мероприятий …».
    private static string RoadmapGenitive(string title)
    {
        var text = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var match = Regex.Match(text, @"^[«""]?дорожная карта[»""]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success
            ? "«дорожной карты» " + text[match.Length..]
            : "«дорожной карты» " + (text.StartsWith('«') ? text : $"«{text}»");
    }
}
