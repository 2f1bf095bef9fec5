using Prikaz.Documents;

namespace Prikaz.Tables;

/// <summary>
/// Column widths of a table (mm) that span the text block exactly. When every column has a width fixed
/// by the author or the profile, they keep their proportions, as they always did; beside fitted columns
/// they keep their widths while there is room. Columns without one are fitted
/// to their content when the fonts can be measured: never narrower than their longest word, so a
/// header is broken between words and never inside one («Отме/тка о/выпо/лнени/и» in a 14 mm column),
/// and sharing the rest by how much wider their text would like to be — the way browsers lay out
/// automatic tables. Without a measure they share the rest equally (at least 15 mm each).
/// </summary>
internal static class ColumnFit
{
    /// <summary>
    /// Cell padding left and right (1 mm each in DOCX and PDF) and 0.3 mm for the rounding of widths to
    /// tenths of a millimetre and to twips. Liberation Serif is metric-compatible with Times New Roman,
    /// so Word needs no more than the PDF does.
    /// </summary>
    public const double CellAllowanceMm = 2.3;

    private const double LeastShareMm = 15;

    public static FittedColumns Fit(IReadOnlyList<ColumnContent> columns, double available, double fontSizePt, ITextMeasure? measure)
    {
        if (columns.Count == 0)
        {
            return new FittedColumns([], []);
        }

        var widths = measure is null || columns.All(column => column.Given is not null)
            ? Proportional(columns, available)
            : FromContent(columns, available, fontSizePt, measure);
        var rounded = widths.Select(width => Math.Round(width, 1)).ToList();
        return new FittedColumns(rounded, measure is null ? [] : Narrow(columns, rounded, fontSizePt, measure));
    }

    /// <summary>The longest unbreakable piece of <paramref name="text"/> and its width (words break at spaces and after hyphens and dashes, as the PDF layout breaks them).</summary>
    public static (string Word, double WidthMm) LongestWord(string text, double fontSizePt, bool bold, ITextMeasure measure) =>
        Words(text)
            .Select(word => (Word: word, WidthMm: measure.WidthMm(word, fontSizePt, bold)))
            .DefaultIfEmpty((Word: string.Empty, WidthMm: 0))
            .MaxBy(pair => pair.WidthMm);

    // The old rule: given widths, the rest shared equally, everything scaled to the text block.
    private static List<double> Proportional(IReadOnlyList<ColumnContent> columns, double available)
    {
        var known = columns.Where(column => column.Given is not null).Sum(column => column.Given!.Value);
        var unknownCount = columns.Count(column => column.Given is null);
        var share = unknownCount == 0 ? 0 : Math.Max(LeastShareMm, (available - known) / unknownCount);
        var raw = columns.Select(column => column.Given ?? share).ToList();
        var scale = available / raw.Sum();
        return raw.Select(width => width * scale).ToList();
    }

    private static List<double> FromContent(IReadOnlyList<ColumnContent> columns, double available, double fontSizePt, ITextMeasure measure)
    {
        var least = columns.Select(column => Least(column, fontSizePt, measure)).ToList();
        var natural = columns.Select((column, i) => Math.Max(least[i], Math.Min(available, Natural(column, fontSizePt, measure)))).ToList();
        var fixedIndexes = Enumerable.Range(0, columns.Count).Where(i => columns[i].Given is not null).ToList();
        var fittedIndexes = Enumerable.Range(0, columns.Count).Where(i => columns[i].Given is null).ToList();
        var widths = new double[columns.Count];

        var known = fixedIndexes.Sum(i => columns[i].Given!.Value);
        var leastFitted = fittedIndexes.Sum(i => least[i]);
        var naturalFitted = fittedIndexes.Sum(i => natural[i]);
        if (known + naturalFitted <= available)
        {
            // Everything fits as it would like: fixed columns keep their widths, and the spare room
            // widens the fitted ones in proportion to their text.
            foreach (var i in fixedIndexes)
            {
                widths[i] = columns[i].Given!.Value;
            }

            var scale = (available - known) / naturalFitted;
            foreach (var i in fittedIndexes)
            {
                widths[i] = natural[i] * scale;
            }

            return [.. widths];
        }

        if (known + leastFitted <= available)
        {
            // Fixed columns keep their widths; the fitted ones get their longest word and share the rest
            // by how much more their text would like.
            foreach (var i in fixedIndexes)
            {
                widths[i] = columns[i].Given!.Value;
            }

            var spare = available - known - leastFitted;
            var wish = fittedIndexes.Sum(i => natural[i] - least[i]);
            foreach (var i in fittedIndexes)
            {
                widths[i] = least[i] + (wish <= 0 ? spare / fittedIndexes.Count : spare * (natural[i] - least[i]) / wish);
            }

            return [.. widths];
        }

        // The fixed widths leave the fitted columns less than their longest words: those get exactly
        // that, and the fixed columns share what is left in their proportions (PRK034 reports any that
        // become too narrow).
        var rest = Math.Max(0, available - leastFitted);
        foreach (var i in fittedIndexes)
        {
            widths[i] = least[i];
        }

        foreach (var i in fixedIndexes)
        {
            widths[i] = known <= 0 ? 0 : columns[i].Given!.Value * rest / known;
        }

        return [.. widths];
    }

    private static List<NarrowColumn> Narrow(IReadOnlyList<ColumnContent> columns, IReadOnlyList<double> widths, double fontSizePt, ITextMeasure measure)
    {
        var narrow = new List<NarrowColumn>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Given is null)
            {
                continue;
            }

            var (word, width) = Longest(columns[i], fontSizePt, measure);
            var needed = width + CellAllowanceMm;
            if (needed > widths[i] + 0.05)
            {
                narrow.Add(new NarrowColumn(i, word, widths[i], Math.Round(needed, 1)));
            }
        }

        return narrow;
    }

    private static double Least(ColumnContent column, double fontSizePt, ITextMeasure measure) =>
        Longest(column, fontSizePt, measure).WidthMm + CellAllowanceMm;

    private static (string Word, double WidthMm) Longest(ColumnContent column, double fontSizePt, ITextMeasure measure) =>
        column.Body.Select(text => LongestWord(text, fontSizePt, bold: false, measure))
            .Prepend(LongestWord(column.Header, fontSizePt, bold: true, measure))
            .MaxBy(pair => pair.WidthMm);

    // The width the column's widest line would take unbroken: the header set bold, each body line plain.
    private static double Natural(ColumnContent column, double fontSizePt, ITextMeasure measure) =>
        column.Body.SelectMany(Lines).Select(line => measure.WidthMm(line, fontSizePt))
            .Concat(Lines(column.Header).Select(line => measure.WidthMm(line, fontSizePt, bold: true)))
            .DefaultIfEmpty(0)
            .Max() + CellAllowanceMm;

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);

    private static IEnumerable<string> Words(string text)
    {
        foreach (var word in text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 0; i < word.Length; i++)
            {
                if (word[i] is '-' or '\u2010' or '\u2013' or '\u2014' && i + 1 < word.Length)
                {
                    yield return word[start..(i + 1)];
                    start = i + 1;
                }
            }

            yield return word[start..];
        }
    }
}
