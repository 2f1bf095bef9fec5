using System.Text.Json.Nodes;
using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Amendments;

/// <summary>
/// Applies a change list to the edition it was made from: <c>Apply(old, Compare(old, new)) ≡ new</c>
/// (<see cref="EditionSnapshot"/>), the property the tests hold the comparer to. Changes name units by
/// their numbers in the old edition; an added unit goes after the old unit it names in
/// <see cref="Change.After"/>. A change that names a unit the edition lacks, or words it does not
/// contain exactly once, is refused with a Russian message.
/// </summary>
public static class ChangeApplier
{
    /// <summary>Member names of an item; any other field an item change names is a custom column.</summary>
    private static readonly IReadOnlySet<string> ItemMembers =
        UnitJson.Of(new Item { Activity = string.Empty }).Select(member => member.Key).ToHashSet(StringComparer.Ordinal);

    public static OrderFile Apply(OrderFile old, ChangeList list) => new Application(old, list, problems: null).Run();

    /// <summary>
    /// Every change of <paramref name="list"/> that does not apply to <paramref name="old"/>, in list
    /// order; the others are applied as they would be. Empty when the whole list applies.
    /// </summary>
    public static IReadOnlyList<ChangeNotApplicableException> Problems(OrderFile old, ChangeList list)
    {
        var problems = new List<ChangeNotApplicableException>();
        new Application(old, list, problems).Run();
        var order = new Dictionary<Change, int>(ReferenceEqualityComparer.Instance);
        for (var index = 0; index < list.Changes.Count; index++)
        {
            order[list.Changes[index]] = index;
        }

        return [.. problems.OrderBy(problem => order[problem.Change])];
    }

    /// <param name="problems">Where to collect the changes that do not apply; null to throw at the first.</param>
    private sealed class Application(OrderFile old, ChangeList list, List<ChangeNotApplicableException>? problems)
    {
        private readonly HashSet<Change> applied = new(ReferenceEqualityComparer.Instance);

        public OrderFile Run()
        {
            var root = UnitJson.Of(old);
            var order = (JsonObject)root["order"]!;
            foreach (var change in Own(ChangeUnit.Order, null, null))
            {
                if (change.Field is "authority" or "editions" or "appendices")
                {
                    Set(root, change.Field, change.New);
                }
                else
                {
                    ApplyTo(order, change);
                }
            }

            ApplyPoints((JsonArray)order["points"]!, OrderNumbering.Of(old.Order).Points, null);
            ApplyRoadmap(root);
            ApplyParties((JsonObject)root["parties"]!);
            if (list.AddedEditions.Count > 0)
            {
                var editions = (JsonArray)root["editions"]!;
                foreach (var edition in list.AddedEditions)
                {
                    editions.Add((JsonNode)UnitJson.Of(edition));
                }
            }

            foreach (var stray in list.Changes.Where(change => !applied.Contains(change)))
            {
                Refuse(new ChangeNotApplicableException(stray, ChangeProblem.MissingUnit, "такой единицы нет в редакции, к которой применяются изменения"));
            }

            return problems is { Count: > 0 } ? old : UnitJson.To<OrderFile>(root);
        }

        private void ApplyPoints(JsonArray points, IReadOnlyList<NumberedPoint> numbered, string? parent) =>
            ApplyGroup(points, numbered.Select(p => p.Number).ToList(), ChangeUnit.Point, parent,
                (node, index) => ApplyPoints((JsonArray)node[UnitJson.Points]!, numbered[index].Points, numbered[index].Number));

        private void ApplyRoadmap(JsonObject root)
        {
            var own = Own(ChangeUnit.Roadmap, null, null);
            foreach (var change in own.Where(change => change.Field is null))
            {
                Set(root, "roadmap", change.Op == ChangeOp.Exclude ? null : change.New);
            }

            if (root["roadmap"] is not JsonObject roadmap || old.Roadmap is null)
            {
                return;
            }

            foreach (var change in own.Where(change => change.Field is not null))
            {
                ApplyTo(roadmap, change);
            }

            foreach (var change in Own(ChangeUnit.Passport, null, null))
            {
                if (change.Field is null)
                {
                    Set(roadmap, "passport", change.Op == ChangeOp.Exclude ? null : change.New);
                }
                else if (roadmap["passport"] is JsonObject passport)
                {
                    ApplyTo(passport, change);
                }
                else
                {
                    Refuse(new ChangeNotApplicableException(change, ChangeProblem.MissingUnit, "в «дорожной карте» нет паспорта"));
                }
            }

            ApplyGroup((JsonArray)roadmap["columns"]!, old.Roadmap.Columns.Select(c => c.Key).ToList(), ChangeUnit.Column, null, null);
            var numbering = RoadmapNumbering.Of(old.Roadmap);
            ApplyGroup((JsonArray)roadmap["sections"]!, numbering.Sections.Select(s => s.Number).ToList(), ChangeUnit.Section, null,
                (node, index) => ApplyGroup((JsonArray)node[UnitJson.Items]!, numbering.Sections[index].Items.Select(i => i.Number).ToList(),
                    ChangeUnit.Item, numbering.Sections[index].Number, null));
            ApplyGroup((JsonArray)roadmap[UnitJson.Items]!, numbering.Items.Select(i => i.Number).ToList(), ChangeUnit.Item, null, null);
        }

        private void ApplyParties(JsonObject parties)
        {
            foreach (var (id, _) in old.Parties)
            {
                foreach (var change in Own(ChangeUnit.Party, null, id))
                {
                    if (change.Op == ChangeOp.Exclude)
                    {
                        parties.Remove(id);
                    }
                    else
                    {
                        ApplyTo((JsonObject)parties[id]!, change);
                    }
                }
            }

            foreach (var change in list.Changes.Where(c => c is { Op: ChangeOp.Add, Unit: ChangeUnit.Party }))
            {
                parties[change.Key!] = change.New?.DeepClone();
                applied.Add(change);
            }
        }

        /// <summary>
        /// Rebuilds one group (the points under a parent, the items of a section, the columns …): each old
        /// unit with its own changes, unless it was taken out; after it, the units added after it.
        /// </summary>
        private void ApplyGroup(JsonArray group, IReadOnlyList<string> names, ChangeUnit unit, string? parent, Action<JsonObject, int>? children)
        {
            var nodes = group.ToList();
            group.Clear();
            var rebuilt = new List<JsonNode?>();
            rebuilt.AddRange(Additions(unit, parent, null));
            for (var index = 0; index < nodes.Count; index++)
            {
                var node = (JsonObject)nodes[index]!;
                var own = unit is ChangeUnit.Column or ChangeUnit.Party ? Own(unit, parent, names[index], byKey: true) : Own(unit, parent, names[index]);
                if (!own.Any(change => change is { Op: ChangeOp.Exclude, New: null }))
                {
                    foreach (var change in own)
                    {
                        ApplyTo(node, change);
                    }

                    children?.Invoke(node, index);
                    rebuilt.Add(node);
                }

                rebuilt.AddRange(Additions(unit, parent, names[index]));
            }

            foreach (var node in rebuilt)
            {
                group.Add(node);
            }
        }

        private IEnumerable<JsonNode?> Additions(ChangeUnit unit, string? parent, string? after)
        {
            var added = list.Changes.Where(c => c.Op == ChangeOp.Add && c.Unit == unit && c.Parent == parent && c.After == after && !applied.Contains(c)).ToList();
            applied.UnionWith(added);
            return added.Select(c => c.New?.DeepClone());
        }

        /// <summary>The changes other than additions that name one unit, in list order; marked as applied.</summary>
        private List<Change> Own(ChangeUnit unit, string? parent, string? name, bool byKey = false)
        {
            var own = list.Changes.Where(c => c.Op != ChangeOp.Add && c.Unit == unit && c.Parent == parent
                && (byKey || unit == ChangeUnit.Party ? c.Key == name : c.Number == name) && !applied.Contains(c)).ToList();
            applied.UnionWith(own);
            return own;
        }

        private void Refuse(ChangeNotApplicableException problem)
        {
            if (problems is null)
            {
                throw problem;
            }

            problems.Add(problem);
        }

        private void ApplyTo(JsonObject unit, Change change)
        {
            try
            {
                ApplyChange(unit, change);
            }
            catch (ChangeNotApplicableException problem) when (problems is not null)
            {
                problems.Add(problem);
            }
        }

        private static void ApplyChange(JsonObject unit, Change change)
        {
            switch (change.Op)
            {
                case ChangeOp.Exclude:
                    unit["excluded"] = change.New?.DeepClone();
                    break;
                case ChangeOp.Restate when change.Field is null:
                    var members = ((JsonObject?)change.New)?.Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())).ToList() ?? [];
                    unit.Clear();
                    foreach (var (key, value) in members)
                    {
                        unit[key] = value;
                    }

                    break;
                case ChangeOp.Restate:
                    SetField(unit, change, change.New);
                    break;
                case ChangeOp.ReplaceWords:
                    var text = UnitJson.Text(FieldOf(unit, change)) ?? throw new ChangeNotApplicableException(change, ChangeProblem.NoText, "в этой графе нет текста");
                    var replaced = WordReplacement.Apply(text, new WordReplacement.Span(change.OldText ?? string.Empty, change.NewText ?? string.Empty))
                        ?? throw new ChangeNotApplicableException(change, ChangeProblem.Words, $"слова «{change.OldText}» встречаются в тексте не ровно один раз");
                    SetField(unit, change, replaced);
                    break;
            }
        }

        private static bool IsCustom(Change change) => change.Unit == ChangeUnit.Item && !ItemMembers.Contains(change.Field!);

        private static JsonNode? FieldOf(JsonObject unit, Change change) =>
            IsCustom(change) ? (unit["custom"] as JsonObject)?[change.Field!] : unit[change.Field!];

        private static void SetField(JsonObject unit, Change change, JsonNode? value)
        {
            if (IsCustom(change))
            {
                if (unit["custom"] is not JsonObject custom)
                {
                    unit["custom"] = custom = [];
                }

                Set(custom, change.Field!, value);
            }
            else
            {
                Set(unit, change.Field!, value);
            }
        }

        /// <summary>Sets a member; null removes it, so the model's default (an empty list, no value) applies.</summary>
        private static void Set(JsonObject target, string key, JsonNode? value)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }
}
