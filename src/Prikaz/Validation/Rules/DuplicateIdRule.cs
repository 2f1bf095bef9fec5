using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>
/// Ids match units across editions exactly, so two units of one kind must never share one: the
/// change list would not know which of them changed.
/// </summary>
internal sealed class DuplicateIdRule : IRule
{
    public string Code => "PRK025";

    public Severity Severity => Severity.Error;

    public string Title => "Идентификатор id повторяется у двух пунктов, разделов или мероприятий";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var points = context.OrderNumbering.AllPoints.Select(point => (point.Point.Id, point.Pointer, point.Number));
        var sections = context.Sections.Select(section => (section.Section.Id, section.Pointer, section.Number));
        var items = context.Items.Select(item => (item.Item.Id, item.Pointer, item.Number));
        return Duplicates(points, "пункту").Concat(Duplicates(sections, "разделу")).Concat(Duplicates(items, "мероприятию"));
    }

    private static IEnumerable<RuleFinding> Duplicates(IEnumerable<(string? Id, string Pointer, string Number)> units, string toKind)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, pointer, number) in units)
        {
            if (id is null)
            {
                continue;
            }

            if (first.TryGetValue(id, out var earlier))
            {
                yield return new RuleFinding(pointer + "/id", $"идентификатор «{id}» уже присвоен {toKind} {earlier}");
            }
            else
            {
                first.Add(id, number);
            }
        }
    }
}
