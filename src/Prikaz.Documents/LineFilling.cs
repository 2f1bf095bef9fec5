namespace Prikaz.Documents;

/// <summary>
/// Fills measured words into lines of a width greedily, as the PDF layout fills them: a word goes on
/// the line while it fits after a space, else it starts the next line. For estimates the core makes
/// before any writer runs (which rows are short, where a letterhead line wraps).
/// </summary>
public static class LineFilling
{
    /// <summary>The words of each line, in order; a word wider than the line stands on a line of its own.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Fill(IEnumerable<(string Word, double WidthMm)> words, double spaceMm, double widthMm)
    {
        var lines = new List<IReadOnlyList<string>>();
        var line = new List<string>();
        var used = 0.0;
        foreach (var (word, width) in words)
        {
            if (line.Count > 0 && used + spaceMm + width > widthMm + 0.01)
            {
                lines.Add(line);
                line = [];
                used = 0;
            }

            used += (line.Count > 0 ? spaceMm : 0) + width;
            line.Add(word);
        }

        if (line.Count > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>How many lines <paramref name="text"/> takes at <paramref name="widthMm"/>, a word wider than the line cut over as many as it needs.</summary>
    public static int Count(string text, double widthMm, double sizePt, bool bold, bool italic, ITextMeasure measure)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => (Word: word, WidthMm: measure.WidthMm(word, sizePt, bold, italic)))
            .ToList();
        var lines = Fill(words, measure.WidthMm(" ", sizePt, bold, italic), widthMm);
        var cut = words.Sum(word => Math.Max(0, (int)Math.Ceiling(word.WidthMm / Math.Max(1, widthMm)) - 1));
        return lines.Count + cut;
    }
}
