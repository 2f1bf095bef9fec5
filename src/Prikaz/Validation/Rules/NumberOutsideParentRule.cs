using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>A pinned number that belongs to another parent (Амур: item «5.1.» inside section 4).</summary>
internal sealed class NumberOutsideParentRule : IRule
{
    public string Code => "PRK003";

    public Severity Severity => Severity.Error;

    public string Title => "Закреплённый номер мероприятия или подпункта не соответствует разделу (пункту), в котором оно стоит";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var group in context.NumberedGroups().Where(group => group.Prefix.Length > 0))
        {
            foreach (var element in group.Elements.Where(element => element.IsPinned))
            {
                var rest = element.Number.StartsWith(group.Prefix, StringComparison.Ordinal) ? element.Number[group.Prefix.Length..] : null;
                if (rest is null || rest.Length == 0 || rest.Contains('.', StringComparison.Ordinal))
                {
                    yield return new RuleFinding(element.NumberPointer,
                        $"{element.Kind} с номером {element.Number} стоит в {group.Parent}; перенесите его в нужное место или исправьте номер");
                }
            }
        }
    }
}
