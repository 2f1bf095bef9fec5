using Prikaz.Deadlines;
using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Russian;

namespace Prikaz.Validation.Rules;

/// <summary>
/// A deadline that has wholly passed when the order is signed (Молчаново: «До 10.06.2020» in an order
/// of 22.06.2020). A warning: orders are sometimes issued after the fact.
/// </summary>
internal sealed class DeadlineBeforeOrderRule : IRule
{
    public string Code => "PRK006";

    public Severity Severity => Severity.Warning;

    public string Title => "Срок мероприятия истекает раньше даты приказа";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        if (context.File.Order.Date is not { } orderDate)
        {
            yield break;
        }

        foreach (var site in context.Deadlines().Where(site => !site.Deadline.Terms.Any(term => term is RecurringTerm)))
        {
            var resolution = DeadlineResolver.Resolve(site.Deadline, site.Period);
            if (resolution.Unresolved.Count == 0 && resolution.End is { } end && end < orderDate)
            {
                yield return new RuleFinding(site.Pointer,
                    $"срок {Quoted.Text(site.Deadline.Source)} истекает раньше даты приказа {RussianDates.Numeric(orderDate)}");
            }
        }
    }
}
