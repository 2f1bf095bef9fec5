using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prikaz.Deadlines;
using Prikaz.Execution.Progress;
using Prikaz.Execution.Report;
using Prikaz.Loading;
using Prikaz.Tests.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Execution;

public sealed class ProgressReportTests
{
    private static readonly string Amur = Path.Combine(CliRun.Roadmaps, "amur-2020-shnor.yaml");

    private static ProgressReport AmurReport(string period)
    {
        var file = (Prikaz.Model.OrderFile)DocumentLoader.Load(Amur).Model!;
        var progress = ProgressChecker.CheckAll(Amur, file);
        Assert.All(progress, p => Assert.Empty(p.Diagnostics));
        return ProgressReports.Build(file, progress, ReportPeriod.Parse(period)!, ShippedCalendar.Calendar, SchoolYear.Default);
    }

    // The report's workbook as prikaz report writes it: the progress file through the pipeline, to XLSX.
    private static byte[] Workbook(string period)
    {
        var pipeline = TestPipeline.Repository;
        var progress = pipeline.CheckFile(Path.Combine(CliRun.Roadmaps, "progress", "amur-2020-shnor", period + ".yaml"));
        Assert.True(progress.CanRender, string.Join("\n", progress.Report.Diagnostics));
        var rendered = pipeline.Render(progress);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        return Assert.Single(pipeline.Write(rendered, ["xlsx"]).Files).Bytes;
    }

    [Fact]
    public void The_third_quarter_report_marks_the_items_validate_as_of_lists()
    {
        var report = AmurReport("2020-q3");

        Assert.Equal(new DateOnly(2020, 10, 5), report.AsOf);
        Assert.Equal(29, report.Rows.Count);
        Assert.Equal(["1.5", "1.8", "4.5"], report.Rows.Where(r => r.Overdue).Select(r => r.Number));
        Assert.Equal(3, report.Total.Overdue);
        Assert.Equal(["1.6", "2.7", "4.1"], report.Rows.Where(r => r.DoneLate).Select(r => r.Number));
    }

    [Fact]
    public void The_summary_counts_on_time_execution_by_the_first_named_responsible_party()
    {
        var report = AmurReport("2020-q3");
        var institute = report.Summary.Single(r => r.Party.Contains("институт развития", StringComparison.Ordinal));

        // АОИРО is named first for 18 items (the ministry for 1.3, 1.9, 2.1–2.4): on time 1.1, 1.2, 1.4, 3.1, 3.2;
        // late 1.6, 2.7, 4.1; overdue 1.5, 1.8 — 5 of 10 on time.
        Assert.Equal((18, 5, 3, 2), (institute.Items, institute.OnTime, institute.Late, institute.Overdue));
        Assert.Equal(50.0, institute.OnTimePercent);
        Assert.Equal(report.Rows.Count, report.Summary.Sum(r => r.Items));
    }

    [Fact]
    public void The_workbook_has_real_dates_a_filter_and_the_summary_and_is_byte_identical_across_runs()
    {
        var bytes = Workbook("2020-q3");
        Assert.Equal(bytes, Workbook("2020-q3"));

        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = package.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Мероприятия", "Сводка"], sheets);

        // The column-number row of print is left out: one header row, then the 29 items.
        var items = ((WorksheetPart)workbook.GetPartById("rIdSheet1")).Worksheet;
        Assert.Equal("A1:G30", items.Elements<AutoFilter>().Single().Reference!.Value);
        var row = items.Descendants<Row>().Single(r => Text(r, "A") == "1.8");
        var due = row.Elements<Cell>().Single(c => c.CellReference == $"C{row.RowIndex}");
        Assert.Null(due.DataType);
        Assert.Equal(new DateOnly(2020, 9, 30), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(due.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))));
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)due.StyleIndex!.Value);
        Assert.Equal("dd.mm.yyyy", workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
        Assert.Equal("просрочено", Text(row, "E"));

        var summary = ((WorksheetPart)workbook.GetPartById("rIdSheet2")).Worksheet;
        var total = summary.Descendants<Row>().Last();
        Assert.Equal("Всего", Text(total, "A"));
        Assert.Equal("3", total.Elements<Cell>().Single(c => c.CellReference == $"E{total.RowIndex}").CellValue!.Text);
    }

    [SkippableFact]
    [Trait("Category", "Integration")]
    public void LibreOffice_opens_the_workbook_and_reads_dates_as_dates()
    {
        ExternalTool.Require("soffice");

        var folder = Directory.CreateTempSubdirectory("prikaz-xlsx-");
        try
        {
            var xlsx = Path.Combine(folder.FullName, "report.xlsx");
            File.WriteAllBytes(xlsx, Workbook("2020-q3"));
            // «Save cell contents as shown» (the ninth option): a date cell comes out in its own дд.мм.гггг format.
            ExternalTool.Run("soffice", ["-env:UserInstallation=file://" + Path.Combine(folder.FullName, "profile"), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", folder.FullName, xlsx]);
            var csv = Directory.GetFiles(folder.FullName, "*.csv").Order(StringComparer.Ordinal).ToList();
            Assert.True(csv.Count == 2, string.Join(", ", Directory.GetFiles(folder.FullName)));
            var items = File.ReadAllText(csv.Single(f => f.Contains("Мероприятия", StringComparison.Ordinal)));
            var summary = File.ReadAllText(csv.Single(f => f.Contains("Сводка", StringComparison.Ordinal)));

            Assert.Contains("Анализ полученной информации", items, StringComparison.Ordinal);
            Assert.Contains("30.09.2020", items, StringComparison.Ordinal);
            Assert.Contains("Всего", summary, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? Text(Row row, string column) =>
        row.Elements<Cell>().SingleOrDefault(c => c.CellReference == column + row.RowIndex)?.InlineString?.InnerText;
}
