using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prikaz.Import.Source;

namespace Prikaz.Import.Docx;

/// <summary>
/// Reads a DOCX made by Word, LibreOffice or Prikaz into blocks: paragraphs with their automatic
/// numbering labels, tables expanded onto their grid (<c>w:gridSpan</c>, <c>w:vMerge</c>,
/// <c>w:gridBefore</c>), text boxes and frames (<c>w:txbxContent</c>, the Choice branch of
/// <c>mc:AlternateContent</c> only, so a box is not read twice), content controls, and tracked changes
/// accepted (<c>w:ins</c>, <c>w:moveTo</c> kept; <c>w:del</c>, <c>w:moveFrom</c>, deleted rows dropped),
/// as pandoc's <c>--track-changes=accept</c>.
/// </summary>
internal sealed class DocxReader
{
    private readonly WordNumbering numbering;
    private readonly List<SourceBlock> blocks = [];
    private int paragraphs;
    private int tables;
    private int revisions;

    private DocxReader(WordNumbering numbering) => this.numbering = numbering;

    public static SourceDocument Read(byte[] input, string displayName)
    {
        PackageGuard.Check(input, displayName);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(new MemoryStream(input, writable: false), false, new OpenSettings
            {
                MarkupCompatibilityProcessSettings = new MarkupCompatibilityProcessSettings(MarkupCompatibilityProcessMode.NoProcess, FileFormatVersions.Office2019),
            });
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FileFormatException)
        {
            throw new ImportException($"{displayName}: файл не читается как документ DOCX ({exception.GetType().Name}); сохраните его заново в Word или LibreOffice");
        }

        using (document)
        {
            var main = document.MainDocumentPart;
            Body? body;
            try
            {
                body = main?.Document?.Body;
            }
            catch (System.Xml.XmlException)
            {
                throw new ImportException($"{displayName}: текст документа (word/document.xml) повреждён");
            }

            if (body is null)
            {
                throw new ImportException($"{displayName}: в пакете нет текста документа (word/document.xml)");
            }

            var reader = new DocxReader(new WordNumbering(main!.NumberingDefinitionsPart, main.StyleDefinitionsPart));
            reader.ReadBlocks(body.ChildElements);
            var notes = new List<string>();
            if (reader.revisions > 0)
            {
                notes.Add($"исправления (режим рецензирования) приняты: {reader.revisions} — вставки сохранены, удаления отброшены");
            }

            return new SourceDocument { Blocks = reader.blocks, Format = "DOCX", ReaderNotes = notes };
        }
    }

    private void ReadBlocks(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, inTextBox: false);
                    break;
                case Table table:
                    blocks.Add(ReadTable(table));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    ReadBlocks(content.ChildElements);
                    break;
                case InsertedRun or MoveToRun or CustomXmlBlock:
                    ReadBlocks(element.ChildElements);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph, bool inTextBox)
    {
        paragraphs++;
        var text = new StringBuilder();
        var boxes = new List<OpenXmlElement>();
        var bold = new List<bool>();
        AppendText(paragraph, text, boxes, bold);
        var label = numbering.Next(paragraph);
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (text.Length > 0 || label is { Label.Length: > 0 })
        {
            blocks.Add(new SourceParagraph
            {
                Text = text.ToString(),
                Label = label is { Label.Length: > 0 } numbered ? numbered.Label : null,
                ListLevel = label?.Level,
                Style = style,
                Bold = bold.Count > 0 && bold.All(b => b),
                InTextBox = inTextBox,
                Where = "абзац " + paragraphs.ToString(CultureInfo.InvariantCulture),
            });
        }

        foreach (var box in boxes)
        {
            foreach (var inner in box.Elements<Paragraph>())
            {
                ReadParagraph(inner, inTextBox: true);
            }

            foreach (var table in box.Elements<Table>())
            {
                blocks.Add(ReadTable(table));
            }
        }
    }

    /// <summary>The visible text of <paramref name="element"/>, with text boxes collected aside.</summary>
    private void AppendText(OpenXmlElement element, StringBuilder text, List<OpenXmlElement> boxes, List<bool> bold)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DeletedRun or MoveFromRun:
                    revisions++;
                    break;
                case InsertedRun or MoveToRun:
                    revisions++;
                    AppendText(child, text, boxes, bold);
                    break;
                case Run run:
                    AppendRun(run, text, boxes, bold);
                    break;
                case AlternateContentFallback:
                    // Word and LibreOffice write a text box twice: DrawingML in the Choice, VML in the Fallback.
                    break;
                case TextBoxContent box:
                    boxes.Add(box);
                    break;
                case ParagraphProperties or FieldCode:
                    break;
                default:
                    AppendText(child, text, boxes, bold);
                    break;
            }
        }
    }

    private void AppendRun(Run run, StringBuilder text, List<OpenXmlElement> boxes, List<bool> bold)
    {
        var properties = run.RunProperties;
        var isBold = properties?.Bold is { } b && (b.Val is null || b.Val.Value);
        var before = text.Length;
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case DeletedText or FieldCode or RunProperties:
                    break;
                case AlternateContent or Drawing or Picture or EmbeddedObject:
                    AppendText(child, text, boxes, bold);
                    break;
            }
        }

        if (text.Length > before && text.ToString(before, text.Length - before).Trim().Length > 0)
        {
            bold.Add(isBold);
        }
    }

    private SourceTable ReadTable(Table table, bool nested = false)
    {
        // A table inside a cell (the e-signature frame) is part of that cell, not a table of its own.
        tables += nested ? 0 : 1;
        var where = "таблица " + tables.ToString(CultureInfo.InvariantCulture);
        var rows = new List<SourceRow>();
        var rowNumber = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            rowNumber++;
            var rowProperties = row.TableRowProperties;
            if (rowProperties?.GetFirstChild<Deleted>() is not null)
            {
                revisions++;
                continue;
            }

            var cells = new List<SourceCell>();
            var before = rowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            cells.AddRange(Enumerable.Repeat(SourceCell.Empty, before));
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
            {
                var cellProperties = cell.TableCellProperties;
                var span = Math.Max(1, cellProperties?.GridSpan?.Val?.Value ?? 1);
                var merge = cellProperties?.VerticalMerge;
                var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var (text, bold) = continued ? (string.Empty, false) : CellText(cell);
                cells.Add(new SourceCell(text) { Span = span, MergedWithAbove = continued, Bold = bold });
                for (var i = 1; i < span; i++)
                {
                    cells.Add(SourceCell.Empty with { CoveredFromLeft = true, MergedWithAbove = continued });
                }
            }

            rows.Add(new SourceRow
            {
                Cells = cells,
                RepeatsOnEveryPage = rowProperties?.GetFirstChild<TableHeader>() is not null,
                Where = $"{where}, строка {rowNumber.ToString(CultureInfo.InvariantCulture)}",
            });
        }

        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        var grid = rows.Select(r => r.Cells.Count == width ? r : r with { Cells = r.Cells.Concat(Enumerable.Repeat(SourceCell.Empty, width - r.Cells.Count)).ToList() }).ToList();
        return new SourceTable { Rows = grid, Where = where };
    }

    /// <summary>A cell's paragraphs (with their numbering labels) and nested tables, one line each.</summary>
    private (string Text, bool Bold) CellText(TableCell cell)
    {
        var lines = new List<string>();
        var bold = new List<bool>();
        foreach (var child in cell.ChildElements)
        {
            if (child is Paragraph paragraph)
            {
                var text = new StringBuilder();
                var boxes = new List<OpenXmlElement>();
                AppendText(paragraph, text, boxes, bold);
                var label = numbering.Next(paragraph);
                var line = (label is { Label.Length: > 0 } numbered ? numbered.Label + (text.Length > 0 ? " " : string.Empty) : string.Empty) + text;
                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                lines.AddRange(boxes.SelectMany(b => b.Descendants<Paragraph>()).Select(p => p.InnerText).Where(t => t.Length > 0));
            }
            else if (child is Table nested)
            {
                foreach (var row in ReadTable(nested, nested: true).Rows)
                {
                    lines.AddRange(row.Starting.Select(c => c.Text).Where(t => t.Length > 0));
                }
            }
            else if (child is SdtBlock sdt)
            {
                lines.Add(string.Concat(sdt.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)));
            }
        }

        return (string.Join('\n', lines), bold.Count > 0 && bold.All(b => b));
    }
}
