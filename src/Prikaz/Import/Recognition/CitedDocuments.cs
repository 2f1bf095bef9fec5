using System.Text.RegularExpressions;
using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>
/// The documents the preamble cites, for <c>basis</c>: «постановлением Правительства Челябинской
/// области от 28 декабря 2017 года № 732-П», «приказом Министерства … от 23.06.2024 г. № 02/1568 «Об …»».
/// The kind and the issuer's head word are put back into the nominative; the rest of the issuer is kept.
/// </summary>
internal static partial class CitedDocuments
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["постановлением"] = "постановление", ["постановления"] = "постановление", ["постановление"] = "постановление",
        ["приказом"] = "приказ", ["приказа"] = "приказ", ["приказ"] = "приказ",
        ["распоряжением"] = "распоряжение", ["распоряжения"] = "распоряжение", ["распоряжение"] = "распоряжение",
        ["письмом"] = "письмо", ["письма"] = "письмо", ["письмо"] = "письмо",
        ["решением"] = "решение", ["решения"] = "решение",
        ["указом"] = "указ", ["указа"] = "указ",
    };

    private static readonly Dictionary<string, string> HeadWords = new(StringComparer.Ordinal)
    {
        ["Правительства"] = "Правительство", ["Министерства"] = "Министерство", ["Департамента"] = "Департамент",
        ["Управления"] = "Управление", ["Администрации"] = "Администрация", ["Губернатора"] = "Губернатор",
        ["Комитета"] = "Комитет", ["Главы"] = "Глава", ["Президента"] = "Президент", ["Федеральной"] = "Федеральная",
        ["службы"] = "служба", ["Министерством"] = "Министерство", ["Правительством"] = "Правительство",
    };

    public static void Read(DraftOrder order)
    {
        var preamble = string.Join(' ', order.Preamble);
        foreach (Match match in Citation().Matches(preamble))
        {
            if (!RussianDateText.TryFind(match.Groups["date"].Value, out var date, out _))
            {
                continue;
            }

            var kind = Kinds[match.Groups["kind"].Value.ToLowerInvariant()];
            var issuer = Nominative(match.Groups["issuer"].Value.Trim());
            var title = match.Groups["title"].Success ? match.Groups["title"].Value.Trim() : null;
            var cited = new DraftCited
            {
                Document = new CitedDocument { Kind = kind, Issuer = issuer, Date = date, Number = match.Groups["number"].Value.TrimEnd('.', ','), Title = title },
            };
            cited.Guessed(null, $"документ-основание выделен из преамбулы: «{match.Value.Trim()}»; издатель приведён к именительному падежу — проверьте");
            order.Basis.Add(cited);
        }
    }

    private static string Nominative(string issuer)
    {
        var words = issuer.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = 0; i < Math.Min(2, words.Count); i++)
        {
            if (HeadWords.TryGetValue(words[i], out var nominative))
            {
                words[i] = nominative;
            }
            else
            {
                break;
            }
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"(?<kind>[Пп]остановлени(ем|я|е)|[Пп]риказ(ом|а)?|[Рр]аспоряжени(ем|я|е)|[Пп]исьм(ом|а|о)|[Рр]ешени(ем|я)|[Уу]каз(ом|а))\s+(?<issuer>[\p{Lu}][^№«»]{3,160}?)\s+от\s+(?<date>\d{1,2}[.\s][\p{L}\d]+[.\s]\d{4})\s*(г\.|года)?\s*№\s*(?<number>[\w\-/.]+)(\s*«(?<title>[^»]+)»)?")]
    private static partial Regex Citation();
}
