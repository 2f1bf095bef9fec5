using Prikaz.Deadlines;
using Prikaz.Diagnostics;
using Prikaz.Russian;

namespace Prikaz.Validation.Rules;

/// <summary>
/// A deadline that ends after the roadmap's period (Челябинск: «до 2024 года» in a 2020 plan) or wholly
/// before it. A deadline that merely starts earlier is fine: «июнь 2020 года» in a plan approved on
/// 23 June means the rest of June.
/// </summary>
internal sealed class DeadlineOutsidePeriodRule : IRule
{
    public string Code => "PRK007";

    public Severity Severity => Severity.Warning;

    public string Title => "Срок мероприятия выходит за период реализации «дорожной карты»";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var site in context.Deadlines())
        {
            if (site.Period is not { } period)
            {
                continue;
            }

            var intervals = DeadlineResolver.Resolve(site.Deadline, period).Intervals;
            if (intervals.Any(interval => interval.To > period.To || interval.To < period.From))
            {
                yield return new RuleFinding(site.Pointer,
                    $"срок {Quoted.Text(site.Deadline.Source)} выходит за период «дорожной карты» {RussianDates.NumericSpan(period.From, period.To)}");
            }
        }
    }
}
