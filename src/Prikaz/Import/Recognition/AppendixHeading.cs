using System.Text.RegularExpressions;
using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>
/// The appendix heading: the grif («УТВЕРЖДЕНА приказом … от … № …» or «Приложение к приказу …»)
/// and the roadmap's title above the table.
/// </summary>
internal static partial class AppendixHeading
{
    public static int FindGrif(IReadOnlyList<TextUnit> units) =>
        units.ToList().FindIndex(u => u.Lines[0].Length < 120 && OrderWords.Grif(TextPart.StripMarkup(u.Lines[0])) is not null && !PointReader.IsPoint(u));

    public static void Read(IReadOnlyList<TextUnit> units, DraftOrder order, bool hasGrif)
    {
        var roadmap = order.Roadmap!;
        var lines = units.SelectMany(u => u.Lines.Select(l => (Text: TextPart.StripMarkup(l), u.Where, Unit: u))).Where(l => l.Text.Length > 0).ToList();
        var position = 0;
        if (hasGrif && lines.Count > 0)
        {
            roadmap.Approval = OrderWords.Grif(lines[0].Text)!.Value;
            var issuer = new List<string>();
            var first = GrifWord().Replace(lines[0].Text, string.Empty).Trim();
            position = 1;
            var pending = first.Length > 0 ? new List<string> { first } : [];
            while (true)
            {
                var text = pending.Count > 0 ? pending[0] : position < lines.Count ? lines[position++].Text : null;
                if (pending.Count > 0)
                {
                    pending.Clear();
                }

                if (text is null)
                {
                    break;
                }

                var dated = GrifDate().Match(text);
                if (dated.Success)
                {
                    if (dated.Index > 0)
                    {
                        issuer.Add(text[..dated.Index].Trim());
                    }

                    CheckGrifRequisites(dated, order, lines[Math.Max(0, position - 1)].Where);
                    break;
                }

                issuer.Add(text);
                if (issuer.Count > 6)
                {
                    roadmap.NeedsReview("approval", "в грифе приложения не найдена строка «от … № …»");
                    break;
                }
            }

            roadmap.GrifIssuer = string.Join('\n', issuer);
            roadmap.Recognised("approval", roadmap.Approval == ApprovalKind.Stamp ? "гриф «УТВЕРЖДЕНА» приложения" : "отметка «Приложение к приказу …»", lines[0].Where);
        }
        else
        {
            roadmap.Guessed("approval", "у приложения нет грифа: Prikaz напечатает «УТВЕРЖДЕНА приказом …» с датой и номером приказа");
        }

        var title = lines.Skip(position).Select(l => l.Text).ToList();
        if (title.Count == 0)
        {
            roadmap.Title = "«Дорожная карта»";
            roadmap.NeedsReview("title", "заголовок «дорожной карты» над таблицей не найден: впишите его");
            return;
        }

        roadmap.Title = string.Join('\n', title);
        roadmap.Recognised("title", "заголовок «дорожной карты»", lines[position].Where);
    }

    private static void CheckGrifRequisites(Match dated, DraftOrder order, string where)
    {
        var roadmap = order.Roadmap!;
        var dateText = dated.Groups["date"].Value;
        var number = dated.Groups["number"].Value.TrimEnd('.');
        var dateAgrees = !RussianDateText.TryFind(dateText, out var date, out _) || date == order.Date;
        if (!dateAgrees || number != order.Number)
        {
            roadmap.NeedsReview("approval",
                $"в грифе приложения напечатано «от {dateText} № {number}», а приказ — от {Russian.RussianDates.Numeric(order.Date!.Value)} № {order.Number}; " +
                "Prikaz печатает гриф по дате и номеру приказа — сверьте с подлинником", where);
        }
    }

    [GeneratedRegex(@"^(утверждена|утвержден|утверждено|утверждены|приложение(\s*№?\s*\d+)?)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex GrifWord();

    [GeneratedRegex(@"(^|\s)от\.?\s+(?<date>.+?)\s*(г\.|года)?\s*№\s*(?<number>\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GrifDate();
}
