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

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var site in context.Deadlines())
        {
            var unresolved = DeadlineResolver.Resolve(site.Deadline, site.Period).Unresolved;
            if (unresolved.Count > 0)
            {
                var school = unresolved.All(term => term is SchoolYearTerm);
                yield return new RuleFinding(site.Pointer,
                    $"срок {Quoted.Text(site.Deadline.Source)} указан без {(school ? "учебного года" : "года")}, а {Why(site.Period, school)}");
            }
        }
    }

    private static string Why(Period? period, bool school) => (period, school) switch
    {
        (null, false) => "период «дорожной карты» не задан: укажите год или период",
        (null, true) => "период «дорожной карты» не задан: укажите учебный год («в течение 2025/2026 учебного года») или период",
        (_, false) => $"период «дорожной карты» {RussianDates.NumericSpan(period.From, period.To)} захватывает несколько лет: укажите год",
        _ => $"период «дорожной карты» {RussianDates.NumericSpan(period.From, period.To)} захватывает несколько учебных лет: укажите учебный год («в течение 2025/2026 учебного года»)",
    };
}
