using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Validation.Rules;

/// <summary>
/// A pinned number that belongs to another parent (Амур: item «5.1.» inside section 4). In a file with
/// editions a sub-number is how an amendment inserts a unit («4.4.1» between 4.4 and 4.5), so it is
/// accepted where it follows its parent or an earlier sub-number of that parent, and only there.
/// Sub-points numbered with markers («1)», «а)») must be pinned in their parent's marker.
/// </summary>
internal sealed class NumberOutsideParentRule : IRule
{
    public string Code => "PRK003";

    public Severity Severity => Severity.Error;

    public string Title => "Закреплённый номер мероприятия или подпункта не соответствует разделу (пункту), в котором оно стоит";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var group in context.NumberedGroups().Where(group => group.HasMarkers))
        {
            foreach (var element in group.Elements.Where(element => element.IsPinned && SubpointMarkers.Place(element.Number, group.Style) is null))
            {
                yield return new RuleFinding(element.NumberPointer,
                    $"подпункты пункта {group.Owner!.Number} нумеруются {Markers(group.Style)} (numbering: {Word(group.Style)}), а у подпункта закреплён номер {element.Number}");
            }
        }

        foreach (var group in context.NumberedGroups().Where(group => !group.HasMarkers && (group.Prefix.Length > 0 || context.IsSigned)))
        {
            IReadOnlyList<int>? previous = null;
            foreach (var element in group.Elements)
            {
                var below = PinnedNumber.Below(element.Number, group.Prefix);
                if (element.IsPinned && below is { Count: > 1 } && context.IsSigned)
                {
                    var parent = below.Take(below.Count - 1).ToList();
                    if (previous is null || previous.Count < parent.Count || !previous.Take(parent.Count).SequenceEqual(parent))
                    {
                        yield return new RuleFinding(element.NumberPointer,
                            $"{element.Kind} с подномером {element.Number} стоит не на своём месте: подномер ставится сразу после " +
                            $"номера {group.Prefix}{string.Join('.', parent)} или его подномеров, чтобы номера остальных не менялись");
                    }
                }
                else if (element.IsPinned && group.Owner is { } owner && SubpointMarkers.StyleOf(element.Number) is { } marker)
                {
                    yield return new RuleFinding(element.NumberPointer,
                        $"подпункт с номером {element.Number} стоит в пункте {owner.Number}, подпункты которого нумеруются «{owner.Number}.1.»; " +
                        $"чтобы нумеровать их {Markers(marker)}, укажите у пункта {owner.Number} numbering: {Word(marker)}");
                }
                else if (element.IsPinned && group.Prefix.Length > 0 && OutsideParent(element.Number, group.Prefix))
                {
                    yield return new RuleFinding(element.NumberPointer,
                        $"{element.Kind} с номером {element.Number} стоит в {group.Parent}; перенесите его в нужное место или исправьте номер");
                }

                previous = below ?? previous;
            }
        }
    }

    private static string Markers(SubpointNumbering style) => style == SubpointNumbering.Letters ? "«а)», «б)»" : "«1)», «2)»";

    private static string Word(SubpointNumbering style) => style == SubpointNumbering.Letters ? "letters" : "digits";

    private static bool OutsideParent(string number, string prefix)
    {
        var rest = number.StartsWith(prefix, StringComparison.Ordinal) ? number[prefix.Length..] : null;
        return rest is null || rest.Length == 0 || rest.Contains('.', StringComparison.Ordinal);
    }
}
