using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Prikaz.Import.Source;

namespace Prikaz.Import.Text;

/// <summary>
/// Reads an order as plain text or Markdown, the way PDF text extraction and e-mail give it: paragraphs
/// separated by blank lines, tables as tab-separated lines or Markdown pipe rows (blank lines at page
/// breaks do not end a table), HTML fragments inside cells, Markdown emphasis and headings.
/// </summary>
internal static partial class PlainTextReader
{
    /// <summary>Stops runaway input; a long order with its roadmap is a few hundred kilobytes.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public static SourceDocument Read(byte[] input, string displayName)
    {
        if (input.Length > MaxBytes)
        {
            throw new ImportException($"{displayName}: текст больше {MaxBytes / 1024 / 1024} МБ — это не приказ");
        }

        var text = Decode(input, displayName, out var encodingNote);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<SourceBlock>();
        var paragraph = new List<string>();
        var paragraphStart = 0;
        List<SourceRow>? table = null;
        var tableStart = 0;
        var markdown = false;

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                var joined = string.Join('\n', paragraph);
                var bold = joined.StartsWith("**", StringComparison.Ordinal) && joined.TrimEnd().EndsWith("**", StringComparison.Ordinal);
                blocks.Add(new SourceParagraph { Text = joined.Replace("**", string.Empty, StringComparison.Ordinal), Bold = bold, Where = LineName(paragraphStart) });
                paragraph.Clear();
            }
        }

        void EndTable()
        {
            if (table is { Count: > 0 })
            {
                blocks.Add(new SourceTable { Rows = Pad(table), Where = LineName(tableStart) });
            }

            table = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            // Trailing tabs are empty cells of a tab-separated row, not whitespace to drop.
            var line = lines[i].TrimEnd(' ', '\r');
            if (IsPipeRow(line) || line.Contains('\t'))
            {
                EndParagraph();
                markdown |= IsPipeRow(line);
                if (IsPipeSeparator(line))
                {
                    continue;
                }

                // A new pipe table (a header row followed by a separator) starts a new fragment.
                if (table is not null && IsPipeRow(line) && i + 1 < lines.Length && IsPipeSeparator(lines[i + 1].TrimEnd()))
                {
                    EndTable();
                }

                if (table is null)
                {
                    table = [];
                    tableStart = i;
                }

                table.Add(Row(line, i));
                continue;
            }

            if (line.Trim().Length == 0)
            {
                EndParagraph();
                continue;
            }

            // After table rows (blank lines between them are page breaks), a line «5. Title» without
            // tabs is a section row whose empty cells the extraction dropped.
            if (table is not null && paragraph.Count == 0 && SectionLine().IsMatch(HtmlCellText.ToText(line.Trim())) && NextIsRowOrEnd(lines, i + 1))
            {
                table.Add(new SourceRow { Cells = [new SourceCell(HtmlCellText.ToText(line.Trim()))], Where = LineName(i) });
                continue;
            }

            EndTable();
            if (paragraph.Count == 0)
            {
                paragraphStart = i;
            }

            markdown |= line.StartsWith('#') || line.Contains("**", StringComparison.Ordinal);
            paragraph.Add(line.TrimStart('#', ' '));
        }

        EndParagraph();
        EndTable();
        var notes = encodingNote is null ? new List<string>() : [encodingNote];
        return new SourceDocument { Blocks = blocks, Format = markdown ? "Markdown" : "текст", ReaderNotes = notes };
    }

    private static string Decode(byte[] input, string displayName, out string? note)
    {
        note = null;
        if (input.AsSpan().IndexOf((byte)0) >= 0)
        {
            throw new ImportException($"{displayName}: это не текст и не документ DOCX (двоичные данные)");
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(input).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Russian text saved by older Windows programs is in code page 1251.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            note = "текст не в UTF-8: прочитан в кодировке Windows-1251";
            return Encoding.GetEncoding(1251).GetString(input);
        }
    }

    private static SourceRow Row(string line, int index)
    {
        IEnumerable<string> cells = IsPipeRow(line)
            ? line.Trim()[1..^1].Split('|')
            : line.Split('\t');
        return new SourceRow
        {
            Cells = cells.Select(c => new SourceCell(HtmlCellText.ToText(c.Trim()))).ToList(),
            Where = LineName(index),
        };
    }

    private static List<SourceRow> Pad(List<SourceRow> rows)
    {
        var width = rows.Max(r => r.Cells.Count);
        return rows.Select(r => r.Cells.Count == width ? r : r with { Cells = r.Cells.Concat(Enumerable.Repeat(SourceCell.Empty, width - r.Cells.Count)).ToList() }).ToList();
    }

    private static bool NextIsRowOrEnd(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            // Trailing tabs are empty cells of a tab-separated row, not whitespace to drop.
            var line = lines[i].TrimEnd(' ', '\r');
            if (line.Length > 0)
            {
                return line.Contains('\t') || IsPipeRow(line);
            }
        }

        return true;
    }

    private static bool IsPipeRow(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|';
    }

    private static bool IsPipeSeparator(string line) => PipeSeparator().IsMatch(line.Trim());

    private static string LineName(int index) => "строка " + (index + 1).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\|(\s*:?-+:?\s*\|)+$")]
    private static partial Regex PipeSeparator();

    [GeneratedRegex(@"^\d{1,2}\.\s+\p{Lu}")]
    private static partial Regex SectionLine();
}
