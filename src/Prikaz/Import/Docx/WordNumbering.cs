using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Import.Docx;

/// <summary>
/// Computes the label Word prints for a numbered paragraph («1.», «3.1.», «а)»), which is not in the
/// text: <c>w:numPr</c> (numId, ilvl) → <c>w:num</c> → <c>w:abstractNum</c> (through
/// <c>w:numStyleLink</c> when the list is defined by a numbering style), the level's <c>w:lvlText</c>,
/// <c>w:start</c>, <c>w:numFmt</c>, <c>w:lvlRestart</c> and <c>w:isLgl</c>, and the num's
/// <c>w:lvlOverride/w:startOverride</c>. Counters are kept per abstract numbering, as Word keeps them, so
/// two nums of one abstract numbering continue each other unless one restarts with an override.
/// Paragraphs numbered through their style (<c>w:pStyle</c> with <c>w:numPr</c>) are numbered too.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, int> abstractOfNum = [];
    private readonly Dictionary<int, Dictionary<int, int>> startOverrides = [];
    private readonly Dictionary<int, Dictionary<int, LevelDefinition>> levels = [];
    private readonly Dictionary<string, (int NumId, int Level)> styleNumbering = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> counters = [];
    private readonly HashSet<int> numsSeen = [];

    public WordNumbering(NumberingDefinitionsPart? numbering, StyleDefinitionsPart? styles)
    {
        if (styles?.Styles is { } styleRoot)
        {
            ReadStyles(styleRoot);
        }

        if (numbering?.Numbering is not { } root)
        {
            return;
        }

        var abstracts = root.Elements<AbstractNum>().Where(a => a.AbstractNumberId?.Value is not null).ToDictionary(a => a.AbstractNumberId!.Value);
        foreach (var num in root.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } abstractId)
            {
                continue;
            }

            abstractOfNum[numId] = abstractId;
            var overrides = new Dictionary<int, int>();
            foreach (var levelOverride in num.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is { } level && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    overrides[level] = start;
                }
            }

            startOverrides[numId] = overrides;
        }

        foreach (var (id, definition) in abstracts)
        {
            var source = definition;

            // A list defined by a numbering style: the abstract numbering links to the style, whose
            // paragraph properties name the num that carries the real levels.
            if (definition.GetFirstChild<NumberingStyleLink>()?.Val?.Value is { } link &&
                styleNumbering.TryGetValue(link, out var linked) && abstractOfNum.TryGetValue(linked.NumId, out var target) &&
                abstracts.TryGetValue(target, out var targetDefinition))
            {
                source = targetDefinition;
            }

            levels[id] = source.Elements<Level>().Where(l => l.LevelIndex?.Value is not null).ToDictionary(l => l.LevelIndex!.Value, LevelDefinition.From);
        }
    }

    /// <summary>The printed label of <paramref name="paragraph"/> and its list level, or null when it is not numbered.</summary>
    public (string Label, int Level)? Next(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var numPr = properties?.NumberingProperties;
        int? numId = numPr?.NumberingId?.Val?.Value;
        int? level = numPr?.NumberingLevelReference?.Val?.Value;
        if (numId is null && properties?.ParagraphStyleId?.Val?.Value is { } style && styleNumbering.TryGetValue(style, out var fromStyle))
        {
            numId = fromStyle.NumId;
            level ??= fromStyle.Level;
        }

        if (numId is not { } id || id == 0 || !abstractOfNum.TryGetValue(id, out var abstractId) || !levels.TryGetValue(abstractId, out var definitions))
        {
            return null;
        }

        var ilvl = Math.Clamp(level ?? 0, 0, 8);
        if (!definitions.TryGetValue(ilvl, out var definition))
        {
            return null;
        }

        if (!counters.TryGetValue(abstractId, out var count))
        {
            count = counters[abstractId] = Enumerable.Repeat(int.MinValue, 9).ToArray();
        }

        if (numsSeen.Add(id) && startOverrides.TryGetValue(id, out var overrides))
        {
            foreach (var (overridden, start) in overrides)
            {
                count[overridden] = start - 1;
                for (var deeper = overridden + 1; deeper < 9; deeper++)
                {
                    count[deeper] = int.MinValue;
                }
            }
        }

        count[ilvl] = count[ilvl] == int.MinValue ? definition.Start : count[ilvl] + 1;
        for (var deeper = ilvl + 1; deeper < 9; deeper++)
        {
            // w:lvlRestart: restart after the given (1-based) level is used; absent: after any higher level; 0: never.
            var restartAfter = definitions.TryGetValue(deeper, out var d) ? d.RestartAfter ?? deeper : deeper;
            if (restartAfter != 0 && ilvl + 1 <= restartAfter)
            {
                count[deeper] = int.MinValue;
            }
        }

        if (definition.Format == NumberFormatValues.None)
        {
            return (string.Empty, ilvl);
        }

        var label = new StringBuilder();
        var text = definition.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                var referenced = text[i + 1] - '1';
                i++;
                if (referenced < 0 || referenced > 8)
                {
                    continue;
                }

                var value = count[referenced] == int.MinValue ? (definitions.TryGetValue(referenced, out var r) ? r.Start : 1) : count[referenced];
                var format = definition.Legal || !definitions.TryGetValue(referenced, out var referencedLevel) ? NumberFormatValues.Decimal : referencedLevel.Format;
                label.Append(Format(value, format));
            }
            else
            {
                label.Append(text[i]);
            }
        }

        return (label.ToString(), ilvl);
    }

    private void ReadStyles(Styles styles)
    {
        var byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        foreach (var (id, style) in byId)
        {
            // Follow w:basedOn until a style carries numbering.
            var current = style;
            for (var depth = 0; current is not null && depth < 10; depth++)
            {
                if (current.StyleParagraphProperties?.NumberingProperties is { } numPr && numPr.NumberingId?.Val?.Value is { } numId)
                {
                    styleNumbering[id] = (numId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
                    break;
                }

                current = current.BasedOn?.Val?.Value is { } basedOn && byId.TryGetValue(basedOn, out var parent) ? parent : null;
            }
        }
    }

    private static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letter = ((char)('a' + (value - 1) % 26)).ToString();
            return format == NumberFormatValues.UpperLetter ? letter.ToUpperInvariant() : letter;
        }

        if (format == NumberFormatValues.RussianLower || format == NumberFormatValues.RussianUpper)
        {
            const string alphabet = "абвгдежзиклмнопрстуфхцчшщэюя";
            var letter = alphabet[(value - 1) % alphabet.Length].ToString();
            return format == NumberFormatValues.RussianUpper ? letter.ToUpperInvariant() : letter;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if (format == NumberFormatValues.Bullet)
        {
            return "–";
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        var numerals = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var text = new StringBuilder();
        foreach (var (number, numeral) in numerals)
        {
            while (value >= number)
            {
                text.Append(numeral);
                value -= number;
            }
        }

        return text.ToString();
    }

    private sealed record LevelDefinition(int Start, NumberFormatValues Format, string Text, int? RestartAfter, bool Legal)
    {
        public static LevelDefinition From(Level level)
        {
            var format = level.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
            var text = level.LevelText?.Val?.Value ?? string.Empty;
            if (format == NumberFormatValues.Bullet)
            {
                text = "–";
            }

            return new LevelDefinition(level.StartNumberingValue?.Val?.Value ?? 1, format, text, level.LevelRestart?.Val?.Value, level.IsLegalNumberingStyle is not null);
        }
    }
}
