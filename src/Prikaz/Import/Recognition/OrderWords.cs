using System.Text.RegularExpressions;
using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>The fixed words of an order's form, in every spelling the seeds and real forms use.</summary>
internal static partial class OrderWords
{
    /// <summary>«ПРИКАЗ», «П Р И К А З», «**ПРИКАЗ**», «РАСПОРЯЖЕНИЕ».</summary>
    public static OrderKind? KindWord(string line) => PlainText.LettersOnly(line) switch
    {
        "приказ" => OrderKind.Order,
        "распоряжение" => OrderKind.Directive,
        _ => null,
    };

    /// <summary>True when the word is letter-spaced: «П Р И К А З».</summary>
    public static bool LetterSpaced(string line) => LetterSpacing().IsMatch(line.Trim());

    /// <summary>«ПРИКАЗЫВАЮ:», «приказы в а ю:», «П Р И К А З Ы В А Ю :», «предлагаю:» alone on a line.</summary>
    public static bool IsDecree(string line) =>
        line.Length < 40 && PlainText.LettersOnly(line) is "приказываю" or "предлагаю" or "постановляю" or "обязываю";

    /// <summary>The preamble's last words when the decree is run into it: «… Молчановского района приказываю:».</summary>
    public static bool EndsWithDecree(string paragraph, out string preamble)
    {
        var match = RunInDecree().Match(paragraph);
        preamble = match.Success ? paragraph[..match.Index].TrimEnd(' ', ',') : paragraph;
        return match.Success;
    }

    /// <summary>The appendix grif: «УТВЕРЖДЕНА», «Утвержден», «Приложение», «Приложение № 1 к приказу …».</summary>
    public static ApprovalKind? Grif(string line)
    {
        var letters = PlainText.LettersOnly(line);
        if (letters is "утверждена" or "утвержден" or "утверждено" or "утверждены" or "утверждаю")
        {
            return ApprovalKind.Stamp;
        }

        return AppendixWord().IsMatch(line.Trim()) ? ApprovalKind.Appendix : null;
    }

    /// <summary>«Рассылка: А, Б, В» or «Разослать: …».</summary>
    public static bool TryDistribution(string line, out IReadOnlyList<string> recipients)
    {
        var match = Distribution().Match(line);
        recipients = match.Success
            ? match.Groups["list"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => r.TrimEnd('.')).ToList()
            : [];
        return match.Success && recipients.Count > 0;
    }

    [GeneratedRegex(@"^(\p{L}\s){2,}\p{L}\s*:?$")]
    private static partial Regex LetterSpacing();

    [GeneratedRegex(@"[\s,]+(п\s?р\s?и\s?к\s?а\s?з\s?ы\s?в\s?а\s?ю|п\s?р\s?е\s?д\s?л\s?а\s?г\s?а\s?ю|постановляю)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RunInDecree();

    [GeneratedRegex(@"^приложение(\s*№?\s*\d+)?(\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixWord();

    [GeneratedRegex(@"^(рассылка|разослать|направить)\s*:\s*(?<list>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Distribution();
}
