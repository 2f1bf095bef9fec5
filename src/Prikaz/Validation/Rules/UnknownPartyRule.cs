using Prikaz.Diagnostics;
using Prikaz.Model;

namespace Prikaz.Validation.Rules;

/// <summary>A responsible party, target group or reporting party id missing from <c>parties</c>, with the nearest id suggested.</summary>
internal sealed class UnknownPartyRule : IRule
{
    public string Code => "PRK009";

    public Severity Severity => Severity.Error;

    public string Title => "Исполнитель или целевая группа не найдены в реестре parties";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var parties = context.File.Parties;
        foreach (var item in context.Items)
        {
            foreach (var finding in Unknown(item.Item.Responsible, item.Pointer + "/responsible", "исполнитель", parties)
                .Concat(Unknown(item.Item.TargetGroup, item.Pointer + "/targetGroup", "участник целевой группы", parties)))
            {
                yield return finding;
            }
        }

        foreach (var point in context.OrderNumbering.AllPoints.Where(point => point.Point.Reporting is not null))
        {
            foreach (var finding in Unknown(point.Point.Reporting!.Responsible, point.Pointer + "/reporting/responsible", "исполнитель", parties))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<RuleFinding> Unknown(IReadOnlyList<PartyRef> references, string pointer, string what, IReadOnlyDictionary<string, Party> parties)
    {
        for (var i = 0; i < references.Count; i++)
        {
            if (references[i].Party is not { } id || parties.ContainsKey(id))
            {
                continue;
            }

            // «/party» locates the id inside {party: id, note: …}; for a bare id the map falls back to the entry.
            var suggestion = EditDistance.Nearest(id, parties.Keys) is { } nearest
                ? $"; возможно, имелось в виду «{nearest}»"
                : "; добавьте его в parties";
            yield return new RuleFinding(JsonPointer.Index(pointer, i) + "/party", $"неизвестный {what} «{id}»{suggestion}");
        }
    }
}
