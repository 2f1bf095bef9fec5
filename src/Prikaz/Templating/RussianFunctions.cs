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
        ru.SetValue("date", DelegateCustomFunction.CreateFunc<DateOnly, string>(RussianDates.Numeric), readOnly: true);

        // «23 июня 2020 г.»
        ru.SetValue("date_long", DelegateCustomFunction.CreateFunc<DateOnly, string>(RussianDates.LongAbbreviated), readOnly: true);

        // The order's own date as the authority writes it in its requisites and stamps.
        ru.SetValue("order_date", DelegateCustomFunction.CreateFunc<DateOnly, string>(date => OrderDates.Format(date, profile.DateStyle, profile)), readOnly: true);

        // «июнь», «июня»
        ru.SetValue("month", DelegateCustomFunction.CreateFunc<int, string>(RussianMonths.Nominative), readOnly: true);
        ru.SetValue("month_genitive", DelegateCustomFunction.CreateFunc<int, string>(RussianMonths.Genitive), readOnly: true);

        // A deadline as the authority writes it: «июнь – июль 2020 года», «До 10.06.2020».
        ru.SetValue("deadline", DelegateCustomFunction.CreateFunc<Deadline?, string>(deadline =>
            deadline is null ? string.Empty : DeadlineFormatter.Format(deadline, deadlineStyle)), readOnly: true);

        // «с 23.06.2020 по 31.12.2020»
        ru.SetValue("period", DelegateCustomFunction.CreateFunc<Period?, string>(period =>
            period is null ? string.Empty : $"с {RussianDates.Numeric(period.From)} по {RussianDates.Numeric(period.To)}"), readOnly: true);

        // Non-breaking spaces after «№» and inside «А.И. Кузнецов», «ёлочки», dashes.
        ru.SetValue("typo", DelegateCustomFunction.CreateFunc<string?, string>(text => text is null ? string.Empty : Typography.Apply(text)), readOnly: true);

        // Text with line breaks kept: each line escaped, joined by <br/>.
        ru.SetValue("lines", DelegateCustomFunction.CreateFunc<string?, MarkupText>(MarkupLines.Join), readOnly: true);

        // «ПРИКАЗЫВАЮ» → «П Р И К А З Ы В А Ю» is not done with spaces (search and copy would break):
        // templates letter-space with <span spacing>. This only upper-cases in Russian.
        ru.SetValue("upper", DelegateCustomFunction.CreateFunc<string?, string>(text => text?.ToUpperInvariant() ?? string.Empty), readOnly: true);
        return ru;
    }
}
