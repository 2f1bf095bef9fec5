using System.Text;
using System.Text.RegularExpressions;
using Prikaz.Documents;

namespace Prikaz.Tests.Import;

/// <summary>
/// The body rows of a roadmap table as Prikaz renders it (section rows and item rows, schedule rows
/// included; header and column-number rows left out), each cell as normalised text.
/// </summary>
internal static partial class RenderedTable
{
    public static IReadOnlyList<IReadOnlyList<string>> Rows(Document document)
    {
        var table = document.Sections[^1].Blocks.OfType<Table>().Last();
        return table.Rows
            .Where(r => !r.IsHeader && r.Kind != TableRowKind.ColumnNumbers)
            .Select(r => (IReadOnlyList<string>)r.Cells.Select(c => Normalise(Text(c))).ToList())
            .ToList();
    }

    /// <summary>
    /// The comparison's normal form: every run of whitespace (line breaks and non-breaking spaces
    /// included) one space, every kind of double quote «"», every dash and hyphen «-».
    /// </summary>
    public static string Normalise(string text)
    {
        var unified = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            unified.Append(c switch
            {
                '«' or '»' or '„' or '“' or '”' or '"' => '"',
                '–' or '—' or '‑' or '−' => '-',
                _ => c,
            });
        }

        return Whitespace().Replace(unified.ToString(), " ").Trim();
    }

    private static string Text(TableCell cell) =>
        string.Join(" ", cell.Paragraphs.Select(p => string.Concat(p.Inlines.Select(i => i switch { TextRun run => run.Text, LineBreak => " ", _ => string.Empty }))));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
