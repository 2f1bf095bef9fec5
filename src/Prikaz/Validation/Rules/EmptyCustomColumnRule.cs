using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>A custom column that no item fills: an empty column in print, usually a misspelt key (a column blank by design says <c>blank: true</c>).</summary>
internal sealed class EmptyCustomColumnRule : IRule
{
    public string Code => "PRK016";

    public Severity Severity => Severity.Warning;

    public string Title => "Собственный столбец таблицы не заполнен ни в одном мероприятии";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var roadmap in context.Roadmaps)
        {
            var columns = roadmap.Roadmap.Columns;
            for (var i = 0; i < columns.Count; i++)
            {
                var key = columns[i].Key;
                if (ColumnValues.IsCustom(key) && !columns[i].Blank && !roadmap.Numbering.AllItems.Any(item => ColumnValues.HasValue(item.Item, key)))
                {
                    yield return new RuleFinding(JsonPointer.Index(roadmap.Member("columns"), i),
                        $"столбец {Quoted.Text(columns[i].Title)} (ключ «{key}») не заполнен ни в одном мероприятии");
                }
            }
        }
    }
}
