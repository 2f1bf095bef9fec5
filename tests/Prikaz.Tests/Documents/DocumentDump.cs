using System.Globalization;
using System.Text;
using Prikaz.Documents;
using Prikaz.Documents.Markup;

namespace Prikaz.Tests.Documents;

/// <summary>
/// A readable, stable text form of a document for golden files: one line per node, indented by
/// depth; a non-breaking space shows as «␣» so it cannot be mistaken for a plain one.
/// </summary>
internal static class DocumentDump
{
    public static string Of(MarkupResult result)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics)
        {
            builder.Append(diagnostic).Append('\n');
        }

        if (result.Diagnostics.Count > 0)
        {
            builder.Append('\n');
        }

        return builder.Append(Of(result.Document)).ToString();
    }

    public static string Of(Document document)
    {
        var dump = new Writer();
        var p = document.Properties;
        dump.Line(0, $"document title={Quote(p.Title)} author={Quote(p.Author)} subject={Quote(p.Subject)} lang={p.Language} created={p.Created:yyyy-MM-dd}");
        foreach (var section in document.Sections)
        {
            var m = section.Margins;
            dump.Line(1, $"section {N(section.Size.WidthMm)}x{N(section.Size.HeightMm)} {section.Orientation} margins={N(m.TopMm)} {N(m.RightMm)} {N(m.BottomMm)} {N(m.LeftMm)} page-numbers={section.PageNumbers} restart={section.RestartPageNumbers}");
            foreach (var block in section.Blocks)
            {
                Block(dump, 2, block);
            }
        }

        return dump.ToString();
    }

    private static void Block(Writer dump, int depth, Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                dump.Line(depth, $"paragraph style={paragraph.Style}{Align(paragraph.Alignment)}{Source(paragraph.Source)}");
                Inlines(dump, depth + 1, paragraph.Inlines);
                break;
            case NumberedPoint point:
                dump.Line(depth, $"point {Quote(point.Number)} style={point.Style}{Align(point.Alignment)}{Source(point.Source)}");
                Inlines(dump, depth + 1, point.Inlines);
                break;
            case Table table:
                dump.Line(depth, $"table widths={string.Join(' ', table.ColumnWidthsMm.Select(N))} style={table.Style}");
                foreach (var row in table.Rows)
                {
                    dump.Line(depth + 1, $"row {row.Kind}{(row.IsHeader ? " header" : string.Empty)}{Source(row.Source)}");
                    foreach (var cell in row.Cells)
                    {
                        dump.Line(depth + 2, $"cell colspan={cell.ColumnSpan} rowspan={cell.RowSpan}{Align(cell.Alignment)}{Source(cell.Source)}");
                        foreach (var paragraph in cell.Paragraphs)
                        {
                            Block(dump, depth + 3, paragraph);
                        }
                    }
                }

                break;
            case ApprovalStamp stamp:
                dump.Line(depth, $"stamp width={N(stamp.WidthMm)}");
                foreach (var line in stamp.Lines)
                {
                    Block(dump, depth + 1, line);
                }

                break;
            case SignatureBlock signature:
                dump.Line(depth, $"signature name={Quote(signature.Name)}");
                foreach (var line in signature.PositionLines)
                {
                    dump.Line(depth + 1, $"position {Quote(line)}");
                }

                if (signature.ElectronicSignature is { } signatureMark)
                {
                    Block(dump, depth + 1, signatureMark);
                }

                break;
            case ElectronicSignatureMark mark:
                dump.Line(depth, $"esign certificate={Quote(mark.Certificate)} owner={Quote(mark.Owner)} from={Quote(mark.ValidFrom)} to={Quote(mark.ValidTo)}");
                break;
            case ExecutorMark executor:
                dump.Line(depth, "executor");
                foreach (var line in executor.Lines)
                {
                    dump.Line(depth + 1, $"line {Quote(line)}");
                }

                break;
            case DistributionList list:
                dump.Line(depth, $"distribution {string.Join(", ", list.Recipients.Select(Quote))}");
                break;
            case PageBreak:
                dump.Line(depth, "pagebreak");
                break;
            case Image image:
                dump.Line(depth, $"image {N(image.WidthMm)}x{N(image.HeightMm)} {image.Alignment} alt={Quote(image.Description)} png-bytes={image.Png.Length}");
                break;
            case QrCode qr:
                dump.Line(depth, $"qr content={Quote(qr.Content)} size={N(qr.SizeMm)} png-bytes={(qr.Png is { } png ? png.Length.ToString(CultureInfo.InvariantCulture) : "none")}");
                break;
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
    }

    private static void Inlines(Writer dump, int depth, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    var format = (run.Bold ? " bold" : string.Empty) + (run.Italic ? " italic" : string.Empty) +
                        (run.LetterSpacingPt != 0 ? " spacing=" + N(run.LetterSpacingPt) : string.Empty);
                    dump.Line(depth, $"text {Quote(run.Text)}{format}");
                    break;
                case LineBreak:
                    dump.Line(depth, "br");
                    break;
                case RightTab:
                    dump.Line(depth, "tab");
                    break;
                default:
                    throw new NotSupportedException(inline.GetType().Name);
            }
        }
    }

    private static string Align(Alignment? alignment) => alignment is { } a ? " align=" + a : string.Empty;

    private static string Source(string? pointer) => pointer is null ? string.Empty : " source=" + pointer;

    private static string Quote(string text) => "\"" + text.Replace("\u00A0", "␣", StringComparison.Ordinal) + "\"";

    private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Writer
    {
        private readonly StringBuilder builder = new();

        public void Line(int depth, string text) => builder.Append(' ', depth * 2).Append(text).Append('\n');

        public override string ToString() => builder.ToString();
    }
}
