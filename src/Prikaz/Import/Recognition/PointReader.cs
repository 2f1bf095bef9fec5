using System.Text.RegularExpressions;

namespace Prikaz.Import.Recognition;

/// <summary>
/// The operative part: points and sub-points, numbered by hand («1.», «3.1.», «3.1») or by Word's
/// automatic numbering (the label the reader computed). The signed numbers are kept on each point.
/// </summary>
internal static partial class PointReader
{
    public static bool IsPoint(TextUnit unit) => Number(unit) is not null;

    public static int Read(IReadOnlyList<TextUnit> units, int position, DraftOrder order)
    {
        DraftPoint? last = null;
        var parents = new List<DraftPoint>();
        while (position < units.Count)
        {
            var unit = units[position];
            if (Number(unit) is { } numbered)
            {
                var point = new DraftPoint { Text = numbered.Text, SignedNumber = numbered.Number };
                var level = Math.Min(numbered.Level, parents.Count);
                if (level > 1)
                {
                    point.Guessed(null, $"пункт {numbered.Number} третьего уровня записан как подпункт второго уровня");
                    level = 1;
                }

                var siblings = level == 0 ? order.Points : parents[level - 1].Points;
                siblings.Add(point);
                if (parents.Count > level)
                {
                    parents.RemoveRange(level, parents.Count - level);
                }

                parents.Add(point);
                last = point;
                position++;
                continue;
            }

            if (last is null || Ends(unit))
            {
                break;
            }

            // A paragraph without a number inside the operative part continues the point above it.
            last.Text += " " + TextPart.StripMarkup(unit.Joined);
            last.Guessed("text", "абзац без номера присоединён к пункту выше", unit.Where);
            position++;
        }

        if (order.Points.Count == 0)
        {
            throw new ImportException("не найдены пункты распорядительной части («1. …», «2. …» после «ПРИКАЗЫВАЮ»)", isUsageProblem: false);
        }

        return position;
    }

    /// <summary>A short line without a final full stop after the points starts the signature block.</summary>
    private static bool Ends(TextUnit unit)
    {
        var text = unit.Joined;
        return text.Length < 90 || OrderWords.TryDistribution(text, out _) || PersonText.TryExecutor(text, out _, out _) || unit.Paragraph is null;
    }

    private static (string Number, int Level, string Text)? Number(TextUnit unit)
    {
        var text = TextPart.StripMarkup(unit.Joined);
        if (unit.Label is { } label && LabelNumber().Match(label.Trim()) is { Success: true } labelled)
        {
            var depth = labelled.Groups["n"].Value.Split('.').Length - 1;
            return (label.Trim(), unit.Paragraph?.ListLevel ?? depth, text);
        }

        if (unit.Label is { Length: > 0 } other)
        {
            return (other.Trim(), unit.Paragraph?.ListLevel ?? 0, text);
        }

        var match = TypedNumber().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["n"].Value;
        var components = number.Split('.', StringSplitOptions.RemoveEmptyEntries).Length;
        if (components == 1 && match.Groups["dot"].Length == 0)
        {
            return null;
        }

        return (number + match.Groups["dot"].Value, components - 1, match.Groups["t"].Value.Trim());
    }

    [GeneratedRegex(@"^(?<n>\d{1,2}(\.\d{1,2})*)(?<dot>\.?)\s+(?<t>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex TypedNumber();

    [GeneratedRegex(@"^(?<n>\d{1,2}(\.\d{1,2})*)\.?$")]
    private static partial Regex LabelNumber();
}
