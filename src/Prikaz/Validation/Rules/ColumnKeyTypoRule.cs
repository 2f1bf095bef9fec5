using Prikaz.Diagnostics;
using Prikaz.Model;

namespace Prikaz.Validation.Rules;

/// <summary>
/// A custom column whose key is one letter away from a built-in one («responsibl»): the author meant
/// the built-in column, and its cells would otherwise stay empty.
/// </summary>
internal sealed class ColumnKeyTypoRule : IRule
{
    public string Code => "PRK027";

    public Severity Severity => Severity.Warning;

    public string Title => "Ключ собственного столбца похож на встроенный (опечатка?)";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var roadmap in context.Roadmaps)
        {
            var columns = roadmap.Roadmap.Columns;
            for (var i = 0; i < columns.Count; i++)
            {
                var key = columns[i].Key;
                if (ColumnValues.IsCustom(key) && EditDistance.Nearest(key, Column.BuiltInKeys) is { } meant)
                {
                    yield return new RuleFinding(JsonPointer.Index(roadmap.Member("columns"), i) + "/key",
                        $"ключ столбца «{key}» не встроенный, столбец будет собственным; возможно, имелось в виду «{meant}»");
                }
            }
        }
    }
}
