using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>A plain table or a list gives its rows either grouped or not, and has at least one (like PRK019 for a roadmap).</summary>
internal sealed class RowsOrGroupsRule : IRule
{
    public string Code => "PRK033";

    public Severity Severity => Severity.Error;

    public string Title => "В таблице (списке) должны быть заданы либо rows (entries), либо groups";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var parts = context.Tables()
            .Select(site => (site.Pointer, "таблице " + site.Whose, "rows", site.Table.Rows.Count, site.Table.Groups.Count))
            .Concat(context.Appendices.Where(appendix => appendix.Appendix.List is not null)
                .Select(appendix => (appendix.Pointer + "/list", "списке " + RuleContext.AppendixName(appendix), "entries", appendix.Appendix.List!.Entries.Count, appendix.Appendix.List.Groups.Count)));
        foreach (var (pointer, what, flat, flatCount, groupCount) in parts)
        {
            if (flatCount > 0 && groupCount > 0)
            {
                yield return new RuleFinding(pointer + "/" + flat, $"в {what} заданы и {flat}, и groups: оставьте что-то одно");
            }
            else if (flatCount == 0 && groupCount == 0)
            {
                yield return new RuleFinding(pointer, $"в {what} нет строк: задайте {flat} или groups");
            }
        }
    }
}
