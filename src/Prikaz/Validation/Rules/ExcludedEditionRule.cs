using Prikaz.Diagnostics;
using Prikaz.Model;

namespace Prikaz.Validation.Rules;

/// <summary>
/// An exclusion mark must name an amendment order listed in <c>editions</c>: the consolidated text prints
/// «Исключён. – Приказ от … № …», and the approving order cannot exclude what it approves.
/// </summary>
internal sealed class ExcludedEditionRule : IRule
{
    public string Code => "PRK024";

    public Severity Severity => Severity.Error;

    public string Title => "Отметка excluded не называет приказ о внесении изменений из editions";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var amendments = context.File.Editions.Skip(1).ToList();
        foreach (var (excluded, pointer, what) in Marks(context))
        {
            if (amendments.Any(edition => EditionNames.Same(edition, excluded)))
            {
                continue;
            }

            var approving = context.File.Editions.Count > 0 && EditionNames.Same(context.File.Editions[0], excluded);
            yield return new RuleFinding(pointer + "/excluded", approving
                ? $"{what}: отметка excluded называет утверждающий приказ {EditionNames.Requisites(excluded)}, а исключает только приказ о внесении изменений"
                : $"{what}: отметка excluded называет приказ {EditionNames.Requisites(excluded)}, которого нет среди editions; добавьте его в editions");
        }
    }

    private static IEnumerable<(Edition Excluded, string Pointer, string What)> Marks(RuleContext context)
    {
        foreach (var point in context.OrderNumbering.AllPoints.Where(point => point.Point.Excluded is not null))
        {
            yield return (point.Point.Excluded!, point.Pointer, $"пункт {point.Number} приказа");
        }

        foreach (var section in context.Sections.Where(section => section.Section.Excluded is not null))
        {
            yield return (section.Section.Excluded!, section.Pointer, $"раздел {section.Number}");
        }

        foreach (var item in context.Items.Where(item => item.Item.Excluded is not null))
        {
            yield return (item.Item.Excluded!, item.Pointer, $"мероприятие {item.Number}");
        }
    }
}
