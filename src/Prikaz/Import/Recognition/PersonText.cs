using System.Text.RegularExpressions;

namespace Prikaz.Import.Recognition;

/// <summary>Names, phones and the e-signature mark in the signature and executor blocks.</summary>
internal static partial class PersonText
{
    /// <summary>«А.И. Кузнецов», «С.В.Яковлева», «С. А. Губина», «Кузнецов А.И.».</summary>
    public static bool IsSignatoryName(string line) => InitialsFirst().IsMatch(line.Trim()) || InitialsLast().IsMatch(line.Trim());

    /// <summary>A line with a phone number: «Гажа Ирина Петровна, 8(351)2632517», «Исп. Петрова А.С., тел. 263-25-17».</summary>
    public static bool TryExecutor(string line, out string name, out string phone)
    {
        var match = ExecutorLine().Match(line.Trim());
        name = match.Success ? ExecutorPrefix().Replace(match.Groups["name"].Value, string.Empty).Trim(' ', ',', ';') : string.Empty;
        phone = match.Success ? match.Groups["phone"].Value.Trim() : string.Empty;
        return match.Success && name.Length > 0 && phone.Count(char.IsDigit) >= 5;
    }

    /// <summary>An e-mail address alone on a line.</summary>
    public static bool IsEmail(string line) => Email().IsMatch(line.Trim());

    [GeneratedRegex(@"^[А-ЯЁ]\.\s?([А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$")]
    private static partial Regex InitialsFirst();

    [GeneratedRegex(@"^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ]\.\s?([А-ЯЁ]\.)?$")]
    private static partial Regex InitialsLast();

    [GeneratedRegex(@"^(?<name>[^\d]{3,80}?)[,;]?\s*(тел\.?|телефон:?)?\s*(?<phone>(\+7|8)?[\s\d()\-]{5,20}\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutorLine();

    [GeneratedRegex(@"^(исп\.|исполнитель:?)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutorPrefix();

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")]
    private static partial Regex Email();
}
