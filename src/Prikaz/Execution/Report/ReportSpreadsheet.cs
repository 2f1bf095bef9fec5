using System.Globalization;
using System.IO.Compression;
using System.Security;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Prikaz.Execution.Report;

/// <summary>
/// The report as an XLSX workbook through the Open XML SDK's spreadsheet part: a sheet of items with
/// real date cells (dd.mm.yyyy), a frozen header and an autofilter, and a sheet with the summary by
/// responsible party. Same report, same bytes: relationship ids are fixed, document properties carry
/// the report's date, zip entries get one fixed time and order.
/// </summary>
public static class ReportSpreadsheet
{
    private const uint Header = 1;
    private const uint Text = 2;
    private const uint Date = 3;
    private const uint Percent = 4;
    private const uint Count = 5;

    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(ProgressReport report, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            WriteCoreProperties(package, report);
            var workbook = package.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
            var items = workbook.AddNewPart<WorksheetPart>("rIdItems");
            items.Worksheet = ItemsSheet(report);
            var summary = workbook.AddNewPart<WorksheetPart>("rIdSummary");
            summary.Worksheet = SummarySheet(report);

            workbook.Workbook = new Workbook(
                new Sheets(
                    new Sheet { Name = "Мероприятия", SheetId = 1, Id = "rIdItems" },
                    new Sheet { Name = "Сводка", SheetId = 2, Id = "rIdSummary" }),
                new DefinedNames(new DefinedName($"'Мероприятия'!$A$1:$J${report.Rows.Count + 1}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = 0,
                    Hidden = true,
                }));
        }

        Rewrite(buffer, output);
    }

    private static Worksheet ItemsSheet(ProgressReport report)
    {
        var data = new SheetData(Row(1,
            HeaderCell("№"), HeaderCell("Мероприятие"), HeaderCell("Срок"), HeaderCell("Срок исполнения"), HeaderCell("Ответственный исполнитель"),
            HeaderCell("Состояние"), HeaderCell("Дата исполнения"), HeaderCell("Что сделано"), HeaderCell("Документы"), HeaderCell("Просрочено")));
        uint index = 2;
        foreach (var row in report.Rows)
        {
            data.Append(Row(index++,
                TextCell(row.Number), TextCell(row.Activity), TextCell(row.Deadline), DateCell(row.Due), TextCell(row.Responsible),
                TextCell(row.StatusText), DateCell(row.Done), TextCell(row.What), TextCell(string.Join("; ", row.Evidence)),
                TextCell(row.Overdue ? "просрочено" : row.DoneLate ? "исполнено с нарушением срока" : null)));
        }

        return new Worksheet(
            FrozenHeader(),
            Columns(7, 60, 22, 14, 36, 14, 14, 50, 40, 16),
            data,
            new AutoFilter { Reference = $"A1:J{report.Rows.Count + 1}" });
    }

    private static Worksheet SummarySheet(ProgressReport report)
    {
        var data = new SheetData(Row(1,
            HeaderCell("Ответственный исполнитель"), HeaderCell("Мероприятий"), HeaderCell("Исполнено в срок"), HeaderCell("Исполнено с нарушением срока"),
            HeaderCell("Просрочено"), HeaderCell("Срок не наступил"), HeaderCell("Без срока"), HeaderCell("Отменено"), HeaderCell("Исполнено в срок, %")));
        uint index = 2;
        foreach (var row in report.Summary.Append(report.Total))
        {
            data.Append(Row(index++,
                TextCell(row.Party), CountCell(row.Items), CountCell(row.OnTime), CountCell(row.Late), CountCell(row.Overdue),
                CountCell(row.NotDue), CountCell(row.Undated), CountCell(row.Cancelled), PercentCell(row.OnTimePercent)));
        }

        return new Worksheet(FrozenHeader(), Columns(60, 14, 14, 16, 14, 14, 12, 12, 14), data);
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft })
    { WorkbookViewId = 0 });

    private static Columns Columns(params double[] widths) =>
        new(widths.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true }));

    private static Row Row(uint index, params Cell[] cells)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cells[i]);
        }

        return row;
    }

    private static string ColumnName(int index) => ((char)('A' + index)).ToString();

    private static Cell HeaderCell(string text) => TextCell(text, Header);

    private static Cell TextCell(string? text, uint style = Text) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>A date as the serial number spreadsheets count days by, shown as dd.mm.yyyy: a real date, sortable and filterable.</summary>
    private static Cell DateCell(DateOnly? date) => date is { } day
        ? new Cell { StyleIndex = Date, CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) }
        : new Cell { StyleIndex = Date };

    private static Cell CountCell(int value) => new() { StyleIndex = Count, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };

    private static Cell PercentCell(double? value) => value is { } v
        ? new Cell { StyleIndex = Percent, CellValue = new CellValue(v.ToString("0.0", CultureInfo.InvariantCulture)) }
        : new Cell { StyleIndex = Percent };

    private static Stylesheet Styles()
    {
        var border = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        CellFormat Format(uint font, uint numberFormat, bool center) => new(new Alignment
        {
            WrapText = true,
            Vertical = VerticalAlignmentValues.Top,
            Horizontal = center ? HorizontalAlignmentValues.Center : HorizontalAlignmentValues.General,
        })
        {
            FontId = font,
            FillId = 0,
            BorderId = 1,
            NumberFormatId = numberFormat,
            ApplyFont = true,
            ApplyBorder = true,
            ApplyAlignment = true,
            ApplyNumberFormat = numberFormat != 0,
        };

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "dd.mm.yyyy" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0" })
            { Count = 2 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }))
            { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), border) { Count = 2 },
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
                Format(1, 0, center: true),
                Format(0, 0, center: false),
                Format(0, 164, center: true),
                Format(0, 165, center: true),
                Format(0, 1, center: true))
            { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>Core properties with the report's date, written as our own part (the packaging library's store adds a randomly named one).</summary>
    private static void WriteCoreProperties(SpreadsheetDocument package, ProgressReport report)
    {
        var date = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var title = $"Информация о ходе реализации «дорожной карты» за {report.Period.Title}";
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            $"<dc:title>{SecurityElement.Escape(title)}</dc:title>" +
            $"<dc:subject>{SecurityElement.Escape(report.Order)}</dc:subject>" +
            "<dc:creator>Prikaz</dc:creator><dc:language>ru-RU</dc:language>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>" +
            $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>" +
            "</cp:coreProperties>";
        var part = package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCoreProperties");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(xml);
    }

    /// <summary>
    /// The packaging library stamps zip entries with the current local time: every entry gets
    /// 1980-01-01 00:00 and a fixed order, <c>[Content_Types].xml</c> first (as the DOCX writer does).
    /// </summary>
    private static void Rewrite(MemoryStream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries.OrderBy(e => e.FullName switch { "[Content_Types].xml" => 0, "_rels/.rels" => 1, _ => 2 }).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
