using DocumentFormat.OpenXml.Spreadsheet;

namespace Prikaz.Writers.Xlsx;

/// <summary>
/// The workbook's style sheet, one cell format per <see cref="SheetStyle"/>: thin borders as the printed
/// tables have, Times New Roman as the documents, dates as дд.мм.гггг, text wrapped and set at the top.
/// </summary>
internal static class WorkbookStyles
{
    private const uint DateFormat = 164;

    public static Stylesheet Create()
    {
        var border = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd.mm.yyyy" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }))
            { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), border) { Count = 2 },
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
                Format(bold: true, numberFormat: 0, HorizontalAlignmentValues.Center),
                Format(bold: false, numberFormat: 0, HorizontalAlignmentValues.General),
                Format(bold: false, numberFormat: DateFormat, HorizontalAlignmentValues.Center),
                Format(bold: false, numberFormat: 0, HorizontalAlignmentValues.Center),
                Format(bold: true, numberFormat: 0, HorizontalAlignmentValues.General))
            { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Format(bool bold, uint numberFormat, HorizontalAlignmentValues horizontal) =>
        new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top, Horizontal = horizontal })
        {
            FontId = bold ? 1u : 0u,
            FillId = 0,
            BorderId = 1,
            NumberFormatId = numberFormat,
            ApplyFont = true,
            ApplyBorder = true,
            ApplyAlignment = true,
            ApplyNumberFormat = numberFormat != 0,
        };
}
