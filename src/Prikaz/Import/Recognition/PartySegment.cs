using System.Text.RegularExpressions;

namespace Prikaz.Import.Recognition;

/// <summary>
/// One body named in a responsible or target-group cell: its name, a note in brackets
/// («(согласование)») and an abbreviation the cell introduces («(МОУО)», «(далее – МОУ)»).
/// </summary>
internal sealed partial record PartySegment(string Name, string? Note, string? Alias)
{
    /// <summary>Splits a cell into the bodies it names.</summary>
    public static List<PartySegment> Split(string cell)
    {
        var segments = new List<PartySegment>();
        foreach (var line in cell.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var piece in SplitOnCommas(line).SelectMany(p => AfterBracket().Split(p)))
            {
                var text = piece.Trim().TrimEnd(',', '.').Trim();
                if (text.Length > 0)
                {
                    segments.Add(Parse(text));
                }
            }
        }

        return segments;
    }

    public static bool IsAbbreviation(string word) =>
        word.Length >= 2 && word.All(c => char.IsUpper(c) || c is '«' or '»' or '"') && word.Count(char.IsLetter) >= 2;

    /// <summary>A comma separates two bodies only when the next one starts with a capital letter or a quote, outside quotes.</summary>
    private static IEnumerable<string> SplitOnCommas(string line)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            depth += line[i] switch { '«' or '(' => 1, '»' or ')' => -1, _ => 0 };
            if (line[i] == ',' && depth <= 0 && i + 2 < line.Length && line[i + 1] == ' ' && (char.IsUpper(line[i + 2]) || line[i + 2] == '«'))
            {
                yield return line[start..i];
                start = i + 2;
            }
        }

        yield return line[start..];
    }

    private static PartySegment Parse(string text)
    {
        var bracket = TrailingBracket().Match(text);
        if (!bracket.Success)
        {
            return new PartySegment(text, null, null);
        }

        var inner = bracket.Groups["inner"].Value.Trim();
        var name = text[..bracket.Index].Trim().TrimEnd(',');
        if (Further().Match(inner) is { Success: true } further)
        {
            return new PartySegment(name, null, further.Groups["abbr"].Value);
        }

        if (IsAbbreviation(inner))
        {
            return new PartySegment(name, null, inner);
        }

        return inner.Length > 0 && char.IsLower(inner[0]) ? new PartySegment(name, inner, null) : new PartySegment(text, null, null);
    }

    [GeneratedRegex(@"(?<=\))\s+(?=\p{Lu})")]
    private static partial Regex AfterBracket();

    [GeneratedRegex(@"\((?<inner>[^()]*)\)$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"^далее\s*[–—-]?\s*(?<abbr>[\p{Lu}«»""]{2,})$", RegexOptions.IgnoreCase)]
    private static partial Regex Further();
}
