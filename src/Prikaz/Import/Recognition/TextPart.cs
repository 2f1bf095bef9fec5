using System.Text.RegularExpressions;
using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>
/// The order's text part in reading order: letterhead, document kind, date, number and place, title,
/// preamble, the decree word, the points, the signature (with the e-signature mark), executor and
/// distribution list.
/// </summary>
internal static partial class TextPart
{
    /// <summary>Reads <paramref name="units"/> into <paramref name="order"/>; returns the units after the text part.</summary>
    public static List<TextUnit> Read(IReadOnlyList<TextUnit> units, DraftOrder order)
    {
        var position = ReadLetterhead(units, order);
        position = ReadRequisites(units, position, order);
        position = ReadTitle(units, position, order);
        position = ReadPreamble(units, position, order);
        position = PointReader.Read(units, position, order);
        position = SignatureReader.Read(units, position, order);
        return units.Skip(position).ToList();
    }

    private static int ReadLetterhead(IReadOnlyList<TextUnit> units, DraftOrder order)
    {
        for (var i = 0; i < Math.Min(units.Count, 25); i++)
        {
            var kindLine = units[i].Lines.Select((line, index) => (line, index)).FirstOrDefault(l => OrderWords.KindWord(l.line) is not null);
            if (kindLine.line is null)
            {
                continue;
            }

            foreach (var line in units.Take(i).SelectMany(u => u.Lines).Concat(units[i].Lines.Take(kindLine.index)))
            {
                var clean = StripMarkup(line);
                if (clean.Length == 0)
                {
                    continue;
                }

                if (clean.StartsWith('(') && clean.EndsWith(')'))
                {
                    order.ShortName = clean[1..^1].Trim();
                }
                else
                {
                    order.Letterhead.Add(clean);
                }
            }

            order.Kind = OrderWords.KindWord(kindLine.line)!.Value;
            order.KindLetterSpaced = OrderWords.LetterSpaced(kindLine.line);
            order.Recognised("kind", $"вид документа «{StripMarkup(kindLine.line)}»", units[i].Where);
            if (order.Letterhead.Count > 0)
            {
                order.Recognised(null, $"бланк: {string.Join(" / ", order.Letterhead)}", units[0].Where);
            }

            return i + 1;
        }

        order.Guessed("kind", "слово «ПРИКАЗ» или «РАСПОРЯЖЕНИЕ» не найдено в начале документа: принят приказ");
        return 0;
    }

    /// <summary>Date, number and place after the document kind, on one line or stacked, until the first line that is none of them.</summary>
    private static int ReadRequisites(IReadOnlyList<TextUnit> units, int position, DraftOrder order)
    {
        var where = position < units.Count ? units[position].Where : null;
        var lineIndex = 0;
        var dateLine = -1;
        var numberLine = -1;

        bool Take(string line)
        {
            var taken = false;
            if (order.Date is null && RussianDateText.TryFind(line, out var date, out var match) && match.Index < 12)
            {
                order.Date = date;
                order.DateText = line[..(match.Index + match.Length)].Trim();
                dateLine = lineIndex;
                taken = true;
            }

            if (order.Number is null && NumberSign().Match(line) is { Success: true } number)
            {
                order.Number = number.Groups["n"].Value.TrimEnd('.', ',');
                numberLine = lineIndex;
                taken = true;
            }

            if (!taken && order.Place is null && IsPlace(line))
            {
                order.Place = line;
                taken = true;
            }

            lineIndex++;
            return taken || line.Length == 0;
        }

        while (position < units.Count && units[position].Lines.Select(StripMarkup).All(Take))
        {
            position++;
            if (order.Date is not null && order.Number is not null && order.Place is not null)
            {
                break;
            }
        }

        if (order.Date is null)
        {
            throw new ImportException("не найдена дата приказа (ожидается, например, «23.06.2020» или «23 июня 2020 г.» под словом «ПРИКАЗ»)", isUsageProblem: false);
        }

        if (order.Number is null)
        {
            throw new ImportException("не найден номер приказа (ожидается «№ 123» рядом с датой)", isUsageProblem: false);
        }

        order.RequisitesStacked = dateLine >= 0 && numberLine > dateLine;
        order.Recognised("date", $"дата приказа: «{order.DateText}»", where);
        order.Recognised("number", $"номер приказа: № {order.Number}", where);
        return position;
    }

    private static int ReadTitle(IReadOnlyList<TextUnit> units, int position, DraftOrder order)
    {
        if (position >= units.Count)
        {
            throw new ImportException("после даты и номера не найден заголовок приказа", isUsageProblem: false);
        }

        var title = new List<string> { StripMarkup(units[position].Joined) };
        var where = units[position].Where;
        position++;

        // A foreign form often breaks the title block into paragraphs of its own; a next paragraph
        // that starts in lower case can only continue it.
        while (position < units.Count && units[position].Lines[0] is { Length: > 0 } next && char.IsLower(next[0]) && units[position].Label is null)
        {
            title.Add(StripMarkup(units[position].Joined));
            order.Guessed("title", "заголовок собран из нескольких абзацев", units[position].Where);
            position++;
        }

        order.Title = string.Join(' ', title);
        order.Recognised("title", "заголовок к тексту", where);
        return position;
    }

    private static int ReadPreamble(IReadOnlyList<TextUnit> units, int position, DraftOrder order)
    {
        var start = position;
        while (position < units.Count)
        {
            var unit = units[position];
            var text = StripMarkup(unit.Joined);
            if (OrderWords.IsDecree(text))
            {
                order.DecreeWord = text;
                order.Recognised(null, $"распорядительное слово «{text}»", unit.Where);
                return position + 1;
            }

            if (PointReader.IsPoint(unit))
            {
                if (position > start)
                {
                    order.PreambleNode.Guessed(null, "слово «ПРИКАЗЫВАЮ» не найдено: преамбулой считается текст до первого пункта", unit.Where);
                }

                return position;
            }

            if (OrderWords.EndsWithDecree(text, out var preamble))
            {
                order.Preamble.Add(preamble);
                order.DecreeRunIn = true;
                order.Recognised(null, "распорядительное слово в конце преамбулы («… приказываю:»)", unit.Where);
                return position + 1;
            }

            order.Preamble.Add(text);
            position++;
        }

        return position;
    }

    /// <summary>Markdown emphasis and heading marks that a text export leaves around a line.</summary>
    public static string StripMarkup(string line) => MarkdownMarks().Replace(line, string.Empty).Trim();

    private static bool IsPlace(string line) =>
        line.Length is > 2 and < 40 && !line.Any(char.IsDigit) && (PlacePrefix().IsMatch(line) || SingleName().IsMatch(line));

    [GeneratedRegex(@"(?:№|N°|No\.?)\s*(?<n>[\w\-/.]*\d[\w\-/.]*)")]
    private static partial Regex NumberSign();

    [GeneratedRegex(@"^(г\.|гор\.|с\.|п\.|пгт\.?|рп\.?|р\.\s?п\.|д\.|ст\.|село|город|поселок|посёлок)\s?\p{Lu}")]
    private static partial Regex PlacePrefix();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(-\p{Lu}?\p{Ll}+)?$")]
    private static partial Regex SingleName();

    [GeneratedRegex(@"\*\*|__|^#+\s*|^>\s*")]
    private static partial Regex MarkdownMarks();
}
