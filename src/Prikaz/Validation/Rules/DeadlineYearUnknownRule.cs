using Prikaz.Deadlines;
using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Russian;

namespace Prikaz.Validation.Rules;

/// <summary>
/// A month or quarter without a year that the period cannot supply (Амур writes «Апрель»; that works only
/// while the period lies within one calendar year). An error: the deadline cannot be placed in time.
/// </summary>
internal sealed class DeadlineYearUnknownRule : IRule
{
    public string Code => "PRK008";

    public Severity Severity => Severity.Error;

    public string Title => "Срок указан без года, а период «дорожной карты» не позволяет его определить";

    public IEnumerable<RuleFinding> Check(RuleContext context) =>
        context.Deadlines()
            .Where(site => DeadlineResolver.Resolve(site.Deadline, site.Period).Unresolved.Count > 0)
            .Select(site => new RuleFinding(site.Pointer, $"срок {Quoted.Text(site.Deadline.Source)} указан без года, а {Why(site.Period)}"));

    private static string Why(Period? period) => period is null
        ? "период «дорожной карты» не задан: укажите год или период"
        : $"период «дорожной карты» {RussianDates.NumericSpan(period.From, period.To)} захватывает несколько лет: укажите год";
}
