using Prikaz.Diagnostics;
using Prikaz.Russian;

namespace Prikaz.Validation.Rules;

/// <summary>A cited document dated after the order (Нязепетровск cites an order of 23.06.2024 on 13.02.2024).</summary>
internal sealed class BasisAfterOrderRule : IRule
{
    public string Code => "PRK010";

    public Severity Severity => Severity.Warning;

    public string Title => "Документ-основание датирован позже приказа";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var order = context.File.Order;
        if (order.Date is not { } date)
        {
            yield break;
        }

        for (var i = 0; i < order.Basis.Count; i++)
        {
            var cited = order.Basis[i];
            if (cited.Date > date)
            {
                var number = cited.Number is null ? string.Empty : $" № {cited.Number}";
                yield return new RuleFinding(JsonPointer.Index("/order/basis", i) + "/date",
                    $"документ-основание ({cited.Kind} от {RussianDates.Numeric(cited.Date)}{number}) датирован позже самого приказа ({RussianDates.Numeric(date)})");
            }
        }
    }
}
