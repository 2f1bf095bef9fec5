using System.Globalization;
using System.Text.RegularExpressions;
using Prikaz.Model;
using Prikaz.Russian;

namespace Prikaz.Deadlines;

/// <summary>Recognises the Russian (and ISO) ways of writing a deadline. Never throws.</summary>
/// <remarks>
/// Recognition is all or nothing: if any part of the text is not understood, the deadline is free text
/// (no terms) and is printed as written, so a half-understood deadline can never be re-rendered wrongly.
/// </remarks>
public static partial class DeadlineParser
{
    /// <summary>Parses the parts of one deadline (a YAML string or each entry of a YAML list).</summary>
    public static Deadline Parse(IReadOnlyList<string> parts)
    {
        var source = string.Join("; ", parts);
        var terms = new List<DeadlineTerm>();
        foreach (var part in parts)
        {
            var recognised = Tokenize(part) is { } tokens ? new TermReader(tokens).ReadAll() : null;
            if (recognised is null || recognised.Count == 0)
            {
                return new Deadline { Source = source, Parts = [.. parts] };
            }

            terms.AddRange(recognised);
        }

        return new Deadline { Source = source, Parts = [.. parts], Terms = terms };
    }

    private static List<Token>? Tokenize(string text)
    {
        var normalised = text.ToLowerInvariant()
            .Replace('ё', 'е')
            .Replace('–', '-')
            .Replace('—', '-')
            .Replace(Typography.NoBreakSpace, ' ');
        var tokens = new List<Token>();
        var position = 0;
        while (position < normalised.Length)
        {
            var match = TokenPattern().Match(normalised, position);
            if (!match.Success || match.Length == 0)
            {
                return null;
            }

            position += match.Length;
            var kind = Enum.GetValues<TokenKind>().First(k => match.Groups[k.ToString()].Success);
            if (kind != TokenKind.Space)
            {
                tokens.Add(new Token(kind, match.Value));
            }
        }

        return tokens;
    }

    // Order matters: dates before numbers, «г.»/«года» before words, ISO forms before plain years.
    [GeneratedRegex(
        @"\G(?:(?<Space>\s+)" +
        @"|(?<Date>\d{1,2}\.\d{1,2}\.\d{4})(?!\d)" +
        @"|(?<IsoDate>\d{4}-\d{2}-\d{2})(?!\d)" +
        @"|(?<IsoQuarter>\d{4}-q[1-4])(?![\p{L}\d])" +
        @"|(?<IsoMonth>\d{4}-\d{2})(?![\d-])" +
        @"|(?<SchoolYear>\d{4}/\d{4})(?!\d)" +
        @"|(?<YearWord>г\.\s?г\.|гг\.?|годы|года|год|г\.?)(?!\p{L})" +
        @"|(?<Number>\d+)" +
        @"|(?<Word>\p{L}+)" +
        @"|(?<Dash>-)" +
        @"|(?<Separator>[,;.]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    private enum TokenKind
    {
        Space,
        Date,
        IsoDate,
        IsoQuarter,
        IsoMonth,
        SchoolYear,
        YearWord,
        Number,
        Word,
        Dash,
        Separator,
    }

    private sealed record Token(TokenKind Kind, string Text);

    /// <summary>A recursive-descent reader over the tokens of one part; every method returns null on failure.</summary>
    private sealed class TermReader(List<Token> tokens)
    {
        private static readonly Dictionary<string, RecurringKind> RecurringWords = new(StringComparer.Ordinal)
        {
            ["постоянно"] = RecurringKind.Constantly,
            ["ежегодно"] = RecurringKind.Annually,
            ["ежеквартально"] = RecurringKind.Quarterly,
            ["ежемесячно"] = RecurringKind.Monthly,
        };

        private int position;

        private Token? Current => position < tokens.Count ? tokens[position] : null;

        private Token? Next => position + 1 < tokens.Count ? tokens[position + 1] : null;

        public List<DeadlineTerm>? ReadAll()
        {
            var terms = new List<DeadlineTerm>();
            while (true)
            {
                while (Current?.Kind == TokenKind.Separator)
                {
                    position++;
                }

                if (Current is null)
                {
                    return terms;
                }

                if (ReadTerm() is not { } term || Current is { Kind: not TokenKind.Separator })
                {
                    return null;
                }

                terms.Add(term);
            }
        }

        private DeadlineTerm? ReadTerm()
        {
            switch (Current)
            {
                case { Kind: TokenKind.Word, Text: "до" }:
                    position++;
                    return ReadLimit() is { } limit ? new BeforeTerm(limit) : null;
                case { Kind: TokenKind.Word, Text: "в" }:
                    position++;
                    return ReadThroughout();
                case { Kind: TokenKind.Word, Text: "по" }:
                    position++;
                    return ReadScheduleWords();
                case { Kind: TokenKind.Word } word when RecurringWords.TryGetValue(word.Text, out var kind):
                    position++;
                    return kind == RecurringKind.Monthly && Current is { Kind: TokenKind.Word, Text: "до" } ? ReadDayOfMonth() : new RecurringTerm(kind);
                case { Kind: TokenKind.Word } word when RussianMonths.TryParse(word.Text, out _):
                    return ReadMonthOrRange();
                default:
                    return ReadPointInTime();
            }
        }

        /// <summary>What may follow «до»: a date, a month, a quarter or a year.</summary>
        private DeadlineTerm? ReadLimit() =>
            Current is { Kind: TokenKind.Word } word && RussianMonths.TryParse(word.Text, out _)
                ? ReadMonth() is { } month ? month : null
                : ReadPointInTime();

        /// <summary>Exact dates, ISO forms, quarters and years.</summary>
        private DeadlineTerm? ReadPointInTime()
        {
            var token = Current;
            switch (token?.Kind)
            {
                case TokenKind.Date:
                    position++;
                    SkipYearWord();
                    return DateOnly.TryParseExact(Pad(token.Text), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        ? new DateTerm(date)
                        : null;
                case TokenKind.IsoDate:
                    position++;
                    return DateOnly.TryParseExact(token.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate)
                        ? new DateTerm(isoDate)
                        : null;
                case TokenKind.IsoMonth:
                    position++;
                    var isoMonth = int.Parse(token.Text[5..], CultureInfo.InvariantCulture);
                    return isoMonth is >= 1 and <= 12 && ParseYear(token.Text[..4]) is { } isoMonthYear ? new MonthTerm(isoMonth, isoMonthYear) : null;
                case TokenKind.IsoQuarter:
                    position++;
                    return ParseYear(token.Text[..4]) is { } isoQuarterYear ? new QuarterTerm(token.Text[6] - '0', isoQuarterYear) : null;
                case TokenKind.SchoolYear:
                    return ReadSchoolYear(throughout: false);
                case TokenKind.Number when token.Text == "1" && Next is { Kind: TokenKind.Word, Text: "раз" }:
                    return ReadOncePerSchoolQuarter();
                case TokenKind.Number when Next is { Kind: TokenKind.Word } month && RussianMonths.TryParse(month.Text, out _):
                    return ReadDayMonthYear();
                case TokenKind.Number or TokenKind.Word when Next is { Kind: TokenKind.Word, Text: "квартал" or "квартала" }:
                    return ReadQuarter();
                case TokenKind.Number when ParseYear(token.Text) is { } year:
                    position++;
                    SkipYearWord();
                    return new YearTerm(year, Throughout: false);
                default:
                    return null;
            }
        }

        /// <summary>«1 октября 2020 года»: a day without a year cannot be a date.</summary>
        private DateTerm? ReadDayMonthYear()
        {
            var day = int.Parse(Current!.Text, CultureInfo.InvariantCulture);
            RussianMonths.TryParse(Next!.Text, out var month);
            position += 2;
            if (Current is not { Kind: TokenKind.Number } yearToken || ParseYear(yearToken.Text) is not { } year)
            {
                return null;
            }

            position++;
            SkipYearWord();
            return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateTerm(new DateOnly(year, month, day)) : null;
        }

        /// <summary>«III квартал 2020 года», «3 квартал».</summary>
        private QuarterTerm? ReadQuarter()
        {
            if (!RussianMonths.TryParseQuarter(Current!.Text, out var quarter))
            {
                return null;
            }

            position += 2;
            return new QuarterTerm(quarter, ReadOptionalYear());
        }

        /// <summary>«в течение 2020 года», «в течение года», «в течение учебного года», «в течение 2025/2026 учебного года», «в 2025/2026 учебном году».</summary>
        private DeadlineTerm? ReadThroughout()
        {
            if (Current?.Kind == TokenKind.SchoolYear)
            {
                return ReadSchoolYear(throughout: true);
            }

            if (Current is not { Kind: TokenKind.Word, Text: "течение" })
            {
                return null;
            }

            position++;
            if (Current is { Kind: TokenKind.YearWord, Text: "года" or "год" })
            {
                position++;
                return new RecurringTerm(RecurringKind.ThroughoutYear);
            }

            if (Current is { Kind: TokenKind.Word, Text: "учебного" } && Next is { Kind: TokenKind.YearWord, Text: "года" })
            {
                position += 2;
                return new SchoolYearTerm(null, Throughout: true);
            }

            if (Current?.Kind == TokenKind.SchoolYear)
            {
                return ReadSchoolYear(throughout: true);
            }

            if (Current is not { Kind: TokenKind.Number } token || ParseYear(token.Text) is not { } year)
            {
                return null;
            }

            position++;
            SkipYearWord();
            return new YearTerm(year, Throughout: true);
        }

        /// <summary>«до 25 числа» after «ежемесячно».</summary>
        private RecurringTerm? ReadDayOfMonth()
        {
            position++;
            if (Current is not { Kind: TokenKind.Number } day || Next is not { Kind: TokenKind.Word, Text: "числа" })
            {
                return null;
            }

            var value = int.Parse(day.Text, CultureInfo.InvariantCulture);
            position += 2;
            return value is >= 1 and <= 31 ? new RecurringTerm(RecurringKind.Monthly, value) : null;
        }

        /// <summary>«1 раз в четверть».</summary>
        private RecurringTerm? ReadOncePerSchoolQuarter()
        {
            position += 2;
            if (Current is not { Kind: TokenKind.Word, Text: "в" } || Next is not { Kind: TokenKind.Word, Text: "четверть" })
            {
                return null;
            }

            position += 2;
            return new RecurringTerm(RecurringKind.EverySchoolQuarter);
        }

        /// <summary>«2025/2026 учебный год», «2025/2026 учебного года», «2025/2026 учебном году»: the years must follow each other.</summary>
        private SchoolYearTerm? ReadSchoolYear(bool throughout)
        {
            var years = Current!.Text.Split('/');
            position++;
            if (ParseYear(years[0]) is not { } first || ParseYear(years[1]) != first + 1
                || Current is not { Kind: TokenKind.Word, Text: "учебный" or "учебного" or "учебном" })
            {
                return null;
            }

            position++;
            if (Current is { Kind: TokenKind.YearWord, Text: "год" or "года" } or { Kind: TokenKind.Word, Text: "году" })
            {
                position++;
                return new SchoolYearTerm(first, throughout);
            }

            return null;
        }

        /// <summary>«по графику», «по отдельному графику», «по запросу», «по четвертям», «по итогам четверти».</summary>
        private RecurringTerm? ReadScheduleWords()
        {
            RecurringKind? kind = (Current?.Text, Next?.Text) switch
            {
                ("графику", _) => RecurringKind.OnSchedule,
                ("запросу", _) => RecurringKind.OnRequest,
                ("четвертям", _) => RecurringKind.BySchoolQuarters,
                ("отдельному", "графику") => RecurringKind.OnSeparateSchedule,
                ("итогам", "четверти") => RecurringKind.AfterSchoolQuarter,
                _ => null,
            };
            if (kind is null)
            {
                return null;
            }

            position += kind is RecurringKind.OnSeparateSchedule or RecurringKind.AfterSchoolQuarter ? 2 : 1;
            return new RecurringTerm(kind.Value);
        }

        /// <summary>
        /// «июнь 2020 года», «Апрель», «июнь-июль 2020 года», «Сентябрь 2020 – апрель 2021». A year written
        /// only at the end is shared by the start (the year before when the range crosses New Year).
        /// </summary>
        private DeadlineTerm? ReadMonthOrRange()
        {
            if (ReadMonth() is not { } start)
            {
                return null;
            }

            if (Current?.Kind != TokenKind.Dash)
            {
                return start;
            }

            position++;
            if (Current is not { Kind: TokenKind.Word } word || !RussianMonths.TryParse(word.Text, out _) || ReadMonth() is not { } end)
            {
                return null;
            }

            if (start.Year is null && end.Year is { } endYear)
            {
                start = start with { Year = start.Month > end.Month ? endYear - 1 : endYear };
            }

            var ordered = (start.Year, end.Year) switch
            {
                (null, null) => true,
                ({ } first, { } last) => new DateOnly(first, start.Month, 1) < new DateOnly(last, end.Month, 1),
                _ => false,
            };
            return ordered ? new MonthRangeTerm(start, end) : null;
        }

        private MonthTerm? ReadMonth()
        {
            RussianMonths.TryParse(Current!.Text, out var month);
            position++;
            return new MonthTerm(month, ReadOptionalYear());
        }

        private int? ReadOptionalYear()
        {
            if (Current is not { Kind: TokenKind.Number } token || ParseYear(token.Text) is not { } year)
            {
                return null;
            }

            position++;
            SkipYearWord();
            return year;
        }

        private void SkipYearWord()
        {
            if (Current?.Kind == TokenKind.YearWord)
            {
                position++;
            }
        }

        /// <summary>A four-digit year in a plausible range; «10» or «12345» is not a year.</summary>
        private static int? ParseYear(string digits)
        {
            if (digits.Length != 4)
            {
                return null;
            }

            var year = int.Parse(digits, CultureInfo.InvariantCulture);
            return year is >= 1900 and <= 2199 ? year : null;
        }

        private static string Pad(string date)
        {
            var pieces = date.Split('.');
            return $"{pieces[0].PadLeft(2, '0')}.{pieces[1].PadLeft(2, '0')}.{pieces[2]}";
        }
    }
}
