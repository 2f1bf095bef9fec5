using Prikaz.Diagnostics;
using Prikaz.Model;

namespace Prikaz.Validation.Rules;

/// <summary>A responsible party, target group or reporting party id missing from <c>parties</c>, with the nearest known ids listed.</summary>
internal sealed class UnknownPartyRule : IRule
{
    public string Code => "PRK009";

    public Severity Severity => Severity.Error;

    private const int NearestShown = 3;

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
            yield return new RuleFinding(JsonPointer.Index(pointer, i) + "/party", $"неизвестный {what} «{id}»{Hint(id, parties.Keys)}");
        }
    }

    /// <summary>The likely typo first, then the known ids nearest to the unknown one, so the author sees what there is to choose from.</summary>
    private static string Hint(string id, IEnumerable<string> known)
    {
        var nearest = known
            .Select(candidate => (Candidate: candidate, Distance: EditDistance.Distance(id, candidate)))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Select(pair => pair.Candidate)
            .Take(NearestShown)
            .ToList();
        if (nearest.Count == 0)
        {
            return ": реестр parties пуст; добавьте исполнителя в parties";
        }

        static string List(IEnumerable<string> ids) => string.Join(", ", ids.Select(candidate => $"«{candidate}»"));
        if (EditDistance.Nearest(id, nearest) is not { } meant)
        {
            return $": его нет в parties; ближайшие из parties: {List(nearest)} — исправьте идентификатор или добавьте исполнителя в parties";
        }

        var others = nearest.Where(candidate => candidate != meant).ToList();
        return others.Count == 0
            ? $"; возможно, имелось в виду «{meant}»"
            : $"; возможно, имелось в виду «{meant}» (другие ближайшие в parties: {List(others)})";
    }
}
