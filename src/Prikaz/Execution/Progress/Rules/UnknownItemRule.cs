using Prikaz.Diagnostics;
using Prikaz.Numbering;
using Prikaz.Validation;

namespace Prikaz.Execution.Progress.Rules;

/// <summary>An item number the roadmap does not have («2.9» in a section of eight items), with the nearest one suggested.</summary>
internal sealed class UnknownItemRule : IProgressRule
{
    public string Code => ExecutionCodes.UnknownItem;

    public Severity Severity => Severity.Error;

    public string Title => "Мероприятия с таким номером нет в «дорожной карте»";

    public IEnumerable<RuleFinding> Check(ProgressRuleContext context)
    {
        if (context.Roadmap is null)
        {
            yield break;
        }

        for (var i = 0; i < context.File.Items.Count; i++)
        {
            var number = PinnedNumber.Normalize(context.File.Items[i].Item);
            if (!context.ItemNumbers.Contains(number))
            {
                var nearest = EditDistance.Nearest(number, context.ItemNumbers);
                yield return new RuleFinding(ProgressRuleContext.EntryPointer(i) + "/item",
                    $"в «дорожной карте» нет мероприятия {number}" + (nearest is null ? string.Empty : $"; возможно, имелось в виду {nearest}"));
            }
        }
    }
}
