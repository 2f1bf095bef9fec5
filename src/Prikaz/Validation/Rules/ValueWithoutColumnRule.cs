using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>An item value with no column to print it in: it would silently vanish from the document.</summary>
internal sealed class ValueWithoutColumnRule : IRule
{
    public string Code => "PRK017";

    public Severity Severity => Severity.Error;

    public string Title => "У мероприятия заполнено поле, для которого в таблице нет столбца";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var (roadmap, item) in context.Roadmaps.SelectMany(roadmap => roadmap.Numbering.AllItems.Select(item => (roadmap, item))))
        {
            foreach (var key in ColumnValues.FieldKeys.Where(key => !roadmap.HasColumn(key) && ColumnValues.HasValue(item.Item, key)))
            {
                yield return new RuleFinding($"{item.Pointer}/{key}",
                    $"у мероприятия {item.Number} заполнено поле {key}, но в таблице нет столбца с ключом «{key}»: значение не будет напечатано");
            }

            foreach (var key in item.Item.Custom.Keys.Where(key => !roadmap.HasColumn(key)).Order(StringComparer.Ordinal))
            {
                yield return new RuleFinding(JsonPointer.Property(item.Pointer + "/custom", key),
                    $"у мероприятия {item.Number} заполнено поле custom.{key}, но в таблице нет столбца с ключом «{key}»: значение не будет напечатано");
            }
        }
    }
}
