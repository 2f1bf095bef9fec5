using System.Globalization;
using System.Xml.Linq;

namespace Prikaz.Documents.Markup;

/// <summary>Reads <c>table</c> markup and checks that every row fills the declared columns.</summary>
internal sealed class TableReader(MarkupContext context, ParagraphListReader paragraphs)
{
    private static readonly IReadOnlyDictionary<string, TableRowKind> RowKinds = new Dictionary<string, TableRowKind>(StringComparer.Ordinal)
    {
        ["normal"] = TableRowKind.Normal,
        ["column-numbers"] = TableRowKind.ColumnNumbers,
        ["section"] = TableRowKind.Section,
    };

    // A cell's data for formats that keep it: <td date="2020-09-30"> or <td number="50">.
    private static CellValue? Value(XElement cell, MarkupContext context)
    {
        if (context.Date(cell, "date") is { } date)
        {
            return CellValue.Of(date);
        }

        if (cell.Attribute("number") is not { } number)
        {
            return null;
        }

        if (decimal.TryParse(number.Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return CellValue.Of(value);
        }

        context.Report(number, MarkupCodes.InvalidValue, $"Атрибут «number»: ожидается число с точкой, а не «{number.Value}».");
        return null;
    }

    public Table Read(XElement table)
    {
        context.CheckAttributes(table);
        var widths = context.Numbers(table, "widths", 1, 1000);
        if (table.Attribute("widths") is null)
        {
            context.RequiredText(table, "widths");
        }

        widths ??= [];
        var style = context.Style(table, StyleIds.Table);
        var rows = new List<(TableRow Row, XElement Element)>();
        foreach (var child in context.ChildElements(table))
        {
            switch (child.Name.LocalName)
            {
                case "thead":
                case "tbody":
                    context.CheckAttributes(child);
                    foreach (var tr in context.ChildElements(child))
                    {
                        ReadRowInto(tr, child, child.Name.LocalName == "thead", widths.Count, style, rows);
                    }

                    break;
                case "tr":
                    ReadRowInto(child, table, false, widths.Count, style, rows);
                    break;
                default:
                    context.ReportUnknownElement(child, table);
                    break;
            }
        }

        if (widths.Count > 0)
        {
            CheckShape(rows, widths.Count);
        }

        return new Table(widths, rows.Select(r => r.Row).ToList(), style, context.Text(table, "name"));
    }

    private void ReadRowInto(XElement tr, XElement parent, bool isHeader, int columnCount, string style, List<(TableRow, XElement)> rows)
    {
        if (tr.Name.LocalName != "tr")
        {
            context.ReportUnknownElement(tr, parent);
            return;
        }

        context.CheckAttributes(tr);
        var kind = context.Keyword(tr, "kind", RowKinds, TableRowKind.Normal);
        var cells = new List<TableCell>();
        foreach (var cell in context.ChildElements(tr))
        {
            if (cell.Name.LocalName is not ("td" or "th"))
            {
                context.ReportUnknownElement(cell, tr);
                continue;
            }

            context.CheckAttributes(cell);
            var cellStyle = context.Style(cell, cell.Name.LocalName == "th" ? StyleIds.TableHeader : style);
            var columnSpan = (int)(context.Number(cell, "colspan", 1, 100) ?? 1);
            var rowSpan = (int)(context.Number(cell, "rowspan", 1, 10000) ?? 1);
            cells.Add(new TableCell(paragraphs.ReadFlow(cell, cellStyle), columnSpan, rowSpan, context.Align(cell), Value(cell, context)) { Source = context.Source(cell) });
        }

        if (kind == TableRowKind.Section)
        {
            if (cells.Count == 0)
            {
                context.Report(tr, MarkupCodes.TableShape, "В строке раздела нет ни одной ячейки.");
            }
            else if (cells.Count == 1 && cells[0].ColumnSpan == 1 && columnCount > 0)
            {
                // A lone cell of a section row spans the whole table; templates need not repeat the
                // column count. Several cells (the number, then the title spanning the rest) are laid
                // out as written and checked like any row.
                cells[0] = cells[0] with { ColumnSpan = columnCount };
            }
        }

        rows.Add((new TableRow(kind, isHeader, cells) { Source = context.Source(tr) }, tr));
    }

    /// <summary>Lays the cells on the grid as the writers will (<see cref="TableGrid"/>) and reports rows that overflow or leave gaps.</summary>
    private void CheckShape(List<(TableRow Row, XElement Element)> rows, int columnCount)
    {
        var grid = TableGrid.Plan([.. rows.Select(r => r.Row)], columnCount);
        foreach (var problem in grid.Problems)
        {
            var message = problem.Issue switch
            {
                TableShapeIssue.PastLastColumn =>
                    string.Create(CultureInfo.InvariantCulture, $"Ячейки строки выходят за {columnCount} столбцов таблицы (атрибут widths)."),
                TableShapeIssue.IntoSpanFromAbove => "Ячейка строки заходит на ячейку, объединённую со строкой выше (rowspan).",
                TableShapeIssue.EmptySlots =>
                    string.Create(CultureInfo.InvariantCulture, $"Ячейки строки не заполняют {columnCount} столбцов таблицы: не хватает {problem.Count}."),
                TableShapeIssue.RowSpanPastLastRow => "Объединение строк (rowspan) выходит за последнюю строку таблицы.",
                _ => throw new InvalidOperationException($"Unknown table shape issue {problem.Issue}."),
            };
            context.Report(rows[problem.Row].Element, MarkupCodes.TableShape, message);
        }
    }
}
