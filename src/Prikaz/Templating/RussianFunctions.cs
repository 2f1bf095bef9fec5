using Prikaz.Deadlines;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Russian;
using Scriban.Runtime;

namespace Prikaz.Templating;

/// <summary>
/// The <c>ru</c> object templates call: Russian dates, months, deadlines and typography, in the
/// authority's style. Templates never format dates or words themselves.
/// </summary>
internal static class RussianFunctions
{
    public static ScriptObject Create(AuthorityProfile profile)
    {
        var deadlineStyle = DeadlineStyles.Of(profile);
        var ru = new ScriptObject();

        // «23.06.2020»
        ru.Import("date", new Func<DateOnly, string>(RussianDates.Numeric));

        // «23 июня 2020 г.»
        ru.Import("date_long", new Func<DateOnly, string>(RussianDates.LongAbbreviated));

        // The order's own date as the authority writes it in its requisites and stamps.
        ru.Import("order_date", new Func<DateOnly, string>(date => OrderDates.Format(date, profile)));

        // «июнь», «июня»
        ru.Import("month", new Func<int, string>(RussianMonths.Nominative));
        ru.Import("month_genitive", new Func<int, string>(RussianMonths.Genitive));

        // A deadline as the authority writes it: «июнь – июль 2020 года», «До 10.06.2020».
        ru.Import("deadline", new Func<Deadline?, string>(deadline =>
            deadline is null ? string.Empty : DeadlineFormatter.Format(deadline, deadlineStyle)));

        // «с 23.06.2020 по 31.12.2020»
        ru.Import("period", new Func<Period?, string>(period =>
            period is null ? string.Empty : $"с {RussianDates.Numeric(period.From)} по {RussianDates.Numeric(period.To)}"));

        // Non-breaking spaces after «№» and inside «А.И. Кузнецов», «ёлочки», dashes.
        ru.Import("typo", new Func<string?, string>(text => text is null ? string.Empty : Typography.Apply(text)));

        // Text with line breaks kept: each line escaped, joined by <br/>.
        ru.Import("lines", new Func<string?, MarkupText>(MarkupLines.Join));

        // «ПРИКАЗЫВАЮ» → «П Р И К А З Ы В А Ю» is not done with spaces (search and copy would break):
        // templates letter-space with <span spacing>. This only upper-cases in Russian.
        ru.Import("upper", new Func<string?, string>(text => text?.ToUpperInvariant() ?? string.Empty));
        return ru;
    }
}
