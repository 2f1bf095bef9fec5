using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>
/// The pieces every table in the package is made of: fixed layout, a grid from the column widths,
/// and either single 0.5 pt borders (<c>w:sz="4"</c>, eighths of a point) or none.
/// Child order follows the schema (CT_TblPr, CT_TcPr), which the validator checks.
/// </summary>
internal static class TableParts
{
    /// <summary>Cell padding left and right: 1 mm.</summary>
    public const int CellPaddingTwips = 57;

    public static W.Table Create(IReadOnlyList<int> columnTwips, bool bordered, W.TableRowAlignmentValues alignment, int cellPaddingTwips, int borderEighths = 4)
    {
        var properties = new W.TableProperties(
            new W.TableWidth { Width = Units.Text(columnTwips.Sum()), Type = W.TableWidthUnitValues.Dxa },
            new W.TableJustification { Val = alignment },
            new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
            Borders(bordered ? W.BorderValues.Single : W.BorderValues.None, bordered ? (uint)borderEighths : 0),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = (short)cellPaddingTwips, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = (short)cellPaddingTwips, Type = W.TableWidthValues.Dxa }),
            new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });
        var grid = new W.TableGrid(columnTwips.Select(width => new W.GridColumn { Width = Units.Text(width) }));
        return new W.Table(properties, grid);
    }

    public static W.TableCell Cell(int widthTwips, int gridSpan, W.MergedCellValues? verticalMerge, W.TableVerticalAlignmentValues? verticalAlignment, IEnumerable<OpenXmlElement> content)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = Units.Text(widthTwips), Type = W.TableWidthUnitValues.Dxa });
        if (gridSpan > 1)
        {
            properties.Append(new W.GridSpan { Val = gridSpan });
        }

        if (verticalMerge is { } merge)
        {
            properties.Append(new W.VerticalMerge { Val = merge });
        }

        if (verticalAlignment is { } alignment)
        {
            properties.Append(new W.TableCellVerticalAlignment { Val = alignment });
        }

        var cell = new W.TableCell(properties);
        cell.Append(content);
        if (cell.LastChild is not W.Paragraph)
        {
            // A cell must end with a paragraph (also after a nested table).
            cell.Append(new W.Paragraph());
        }

        return cell;
    }

    private static W.TableBorders Borders(W.BorderValues kind, uint size) => new(
        new W.TopBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
        new W.LeftBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
        new W.BottomBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
        new W.RightBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
        new W.InsideHorizontalBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
        new W.InsideVerticalBorder { Val = kind, Size = size, Space = 0, Color = "auto" });
}
