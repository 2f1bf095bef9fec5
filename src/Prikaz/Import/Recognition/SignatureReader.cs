using System.Text.RegularExpressions;
using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>
/// The end of the text part: the signatory's position and name, the e-signature mark between them
/// (often a framed table), the executor mark and the distribution list.
/// </summary>
internal static partial class SignatureReader
{
    public static int Read(IReadOnlyList<TextUnit> units, int position, DraftOrder order)
    {
        var lines = new List<(string Text, int Unit, string Where)>();
        for (var u = position; u < units.Count; u++)
        {
            lines.AddRange(units[u].Lines.Select(l => (TextPart.StripMarkup(l), u, units[u].Where)));
        }

        var nameAt = lines.FindIndex(l => PersonText.IsSignatoryName(l.Text));
        if (nameAt < 0 || nameAt > 14)
        {
            order.Guessed("signatory", "подпись (должность и И.О. Фамилия) не найдена: подписант будет взят из профиля органа власти");
            return position;
        }

        var esign = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (text, _, where) in lines.Take(nameAt))
        {
            if (ReadSignatureMark(text, esign))
            {
                continue;
            }

            order.SignatoryPosition.Add(text);
        }

        order.SignatoryName = lines[nameAt].Text;
        order.Recognised("signatory", $"подписант: {string.Join(" ", order.SignatoryPosition)} {order.SignatoryName}", lines[nameAt].Where);
        var end = nameAt + 1;

        // The mark may also follow the name, when the framed table stands below the signature.
        while (end < lines.Count && ReadSignatureMark(lines[end].Text, esign))
        {
            end++;
        }

        order.ElectronicSignature = SignatureFrom(esign, order);
        for (; end < lines.Count; end++)
        {
            var text = lines[end].Text;
            if (OrderWords.TryDistribution(text, out var recipients))
            {
                order.Distribution.AddRange(recipients);
                order.Recognised("distribution", "список рассылки", lines[end].Where);
                continue;
            }

            if (order.Executor is null && PersonText.TryExecutor(text, out var name, out var phone))
            {
                order.Executor = new Executor { Name = name, Phone = phone };
                order.Recognised("executor", "отметка об исполнителе", lines[end].Where);
                continue;
            }

            if (order.Executor is { } executor && lines[end].Unit == lines[end - 1].Unit)
            {
                order.Executor = PersonText.IsEmail(text) ? executor with { Email = text } : executor with { Position = text };
                continue;
            }

            break;
        }

        return end < lines.Count ? lines[end].Unit : units.Count;
    }

    private static bool ReadSignatureMark(string text, Dictionary<string, string> mark)
    {
        var letters = PlainText.LettersOnly(text);
        if (letters is "документподписан" or "электроннойподписью" or "документподписанэлектроннойподписью" or "сведенияосертификатеэп")
        {
            mark["mark"] = text;
            return true;
        }

        if (Certificate().Match(text) is { Success: true } certificate)
        {
            mark["certificate"] = certificate.Groups["v"].Value;
            return true;
        }

        if (Owner().Match(text) is { Success: true } owner)
        {
            mark["owner"] = owner.Groups["v"].Value.Trim();
            return true;
        }

        if (Validity().Match(text) is { Success: true } validity)
        {
            mark["from"] = validity.Groups["from"].Value;
            mark["to"] = validity.Groups["to"].Value;
            return true;
        }

        return false;
    }

    private static ElectronicSignature? SignatureFrom(Dictionary<string, string> mark, DraftOrder order)
    {
        if (mark.Count == 0)
        {
            return null;
        }

        if (mark.TryGetValue("certificate", out var certificate) && mark.TryGetValue("owner", out var owner) &&
            mark.TryGetValue("from", out var from) && RussianDateText.TryParseWhole(from, out var validFrom) &&
            mark.TryGetValue("to", out var to) && RussianDateText.TryParseWhole(to, out var validTo))
        {
            order.Recognised("electronicSignature", "отметка об электронной подписи");
            return new ElectronicSignature { Certificate = certificate, Owner = owner, ValidFrom = validFrom, ValidTo = validTo };
        }

        order.NeedsReview("signatory", "отметка «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ» прочитана не полностью (нужны сертификат, владелец, срок действия): впишите electronicSignature вручную");
        return null;
    }

    [GeneratedRegex(@"^сертификат:?\s*(?<v>[0-9A-Fa-f]{8,})$", RegexOptions.IgnoreCase)]
    private static partial Regex Certificate();

    [GeneratedRegex(@"^владелец:?\s*(?<v>\p{L}.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    [GeneratedRegex(@"^действителен:?\s*с\s*(?<from>[\d.]+)\s*(г\.)?\s*по\s*(?<to>[\d.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Validity();
}
