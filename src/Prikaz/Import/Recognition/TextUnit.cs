using System.Text.RegularExpressions;
using Prikaz.Import.Source;

namespace Prikaz.Import.Recognition;

/// <summary>
/// A paragraph of the order's text part as the recognisers see it: its lines, where it stands, and the
/// paragraph it came from (null for a line taken out of a layout table, such as the signature block).
/// </summary>
internal sealed partial record TextUnit(IReadOnlyList<string> Lines, string Where, SourceParagraph? Paragraph)
{
    public string Joined => string.Join(' ', Lines);

    public string? Style => Paragraph?.Style;

    public string? Label => Paragraph?.Label;

    /// <summary>Splits the text part into units: paragraphs as they are, layout tables cell by cell, line by line.</summary>
    public static List<TextUnit> From(IEnumerable<SourceBlock> blocks)
    {
        var units = new List<TextUnit>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SourceParagraph paragraph:
                    var lines = PlainText.Clean(paragraph.Text).Split('\n').Where(l => l.Length > 0).ToList();
                    if (lines.Count == 0 && paragraph.Label is null)
                    {
                        break;
                    }

                    if (paragraph.Style is null && paragraph.Label is null && lines.Count > 1)
                    {
                        // Plain text runs numbered points together without blank lines: one unit per point.
                        foreach (var group in SplitAtNumbers(lines))
                        {
                            units.Add(new TextUnit(group, paragraph.Where, paragraph));
                        }

                        break;
                    }

                    units.Add(new TextUnit(lines.Count > 0 ? lines : [string.Empty], paragraph.Where, paragraph));

                    break;
                case SourceTable table:
                    foreach (var row in table.Rows)
                    {
                        foreach (var cell in row.Starting.Where(c => !c.MergedWithAbove))
                        {
                            foreach (var line in PlainText.Clean(cell.Text).Split('\n').Where(l => l.Length > 0))
                            {
                                units.Add(new TextUnit([line], row.Where, null));
                            }
                        }
                    }

                    break;
            }
        }

        return units;
    }

    private static IEnumerable<List<string>> SplitAtNumbers(List<string> lines)
    {
        var group = new List<string>();
        foreach (var line in lines)
        {
            if (group.Count > 0 && PointStart().IsMatch(line))
            {
                yield return group;
                group = [];
            }

            group.Add(line);
        }

        yield return group;
    }

    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2})*\.\s+\p{Lu}")]
    private static partial Regex PointStart();
}
