using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>
/// Two siblings printed with the same number (Челябинск: two items «3.3.»). In a signed file (one
/// with <c>editions:</c>) the numbers are law as they were signed: the duplicate is kept and reported
/// as a warning, never «fixed».
/// </summary>
internal sealed class DuplicateNumberRule : IRule
{
    public string Code => "PRK001";

    public Severity Severity => Severity.Error;

    public string Title => "Номер раздела, мероприятия или пункта повторяется";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var group in context.NumberedGroups())
        {
            var first = new Dictionary<string, NumberedElement>(StringComparer.Ordinal);
            foreach (var element in group.Elements)
            {
                if (first.TryGetValue(element.Number, out var earlier))
                {
                    var found = $"номер {element.Number} повторяется: он уже присвоен {earlier.KindDative} {Quoted.Text(earlier.Text)}";
                    yield return context.IsSigned
                        ? new RuleFinding(element.NumberPointer, found + SignedOriginal.Kept, Severity.Warning)
                        : new RuleFinding(element.NumberPointer, found);
                }
                else
                {
                    first.Add(element.Number, element);
                }
            }
        }
    }
}
