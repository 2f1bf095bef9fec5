using Prikaz.Diagnostics;
using Prikaz.Model;

namespace Prikaz.Validation.Rules;

/// <summary>
/// The editions of a signed order start with the order itself and go on in the order the amendments
/// were signed; otherwise the consolidated text would cite an order that did not make it.
/// </summary>
internal sealed class EditionsRule : IRule
{
    public string Code => "PRK023";

    public Severity Severity => Severity.Error;

    public string Title => "Редакции приказа не начинаются с самого приказа или идут не по порядку дат";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var editions = context.File.Editions;
        if (editions.Count == 0)
        {
            yield break;
        }

        var order = context.File.Order;
        if (order is { Date: { } date, Number: { } number } && !EditionNames.Same(editions[0], new Edition { Date = date, Number = number }))
        {
            yield return new RuleFinding("/editions/0",
                $"первая редакция — сам приказ {EditionNames.Requisites(new Edition { Date = date, Number = number })}, а указан приказ {EditionNames.Requisites(editions[0])}");
        }

        for (var i = 1; i < editions.Count; i++)
        {
            if (editions[i].Date < editions[i - 1].Date)
            {
                yield return new RuleFinding(JsonPointer.Index("/editions", i) + "/date",
                    $"приказ {EditionNames.Requisites(editions[i])} указан после приказа {EditionNames.Requisites(editions[i - 1])}: редакции перечисляются в порядке дат");
            }

            if (editions.Take(i).Any(earlier => EditionNames.Same(earlier, editions[i])))
            {
                yield return new RuleFinding(JsonPointer.Index("/editions", i),
                    $"приказ {EditionNames.Requisites(editions[i])} уже указан среди редакций");
            }
        }
    }
}
