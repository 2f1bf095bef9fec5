using System.Text.Json.Nodes;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Validation;

namespace Prikaz.Amendments;

/// <summary>
/// Compares two editions of one order file and lists the changes in the numbering of the old one, in
/// the order of the text: the order's requisites and points, the roadmap's own fields, the passport,
/// the columns, the sections and their items, the parties. Units are matched by id where both have
/// one, otherwise by an order-preserving alignment (<see cref="UnitAlignment"/>). When the old file
/// records editions its numbering is signed, and whatever breaks it is reported (<see cref="EditionCodes"/>).
/// </summary>
public static class EditionComparer
{
    public static EditionComparison Compare(OrderFile old, OrderFile @new) => new Comparison(old, @new).Run();

    private sealed class Comparison(OrderFile old, OrderFile @new)
    {
        private static readonly IReadOnlySet<string> NotText = new HashSet<string>(StringComparer.Ordinal) { "number", "id", "excluded" };

        private readonly List<Change> changes = [];
        private readonly List<EditionFinding> findings = [];
        private readonly bool signed = old.Editions.Count > 0;

        // Each edition is turned into JSON once; units are compared as subtrees of it.
        private readonly JsonObject oldRoot = UnitJson.Of(old);
        private readonly JsonObject newRoot = UnitJson.Of(@new);

        public EditionComparison Run()
        {
            var added = CompareEditions();
            CompareOrder();
            ComparePoints(OrderNumbering.Of(old.Order).Points, OrderNumbering.Of(@new.Order).Points,
                (JsonArray)oldRoot["order"]![UnitJson.Points]!, (JsonArray)newRoot["order"]![UnitJson.Points]!, null, "/order/points");
            CompareRoadmap();
            CompareParties();
            var signedEdition = old.Editions.Count > 0 ? old.Editions[^1] : null;
            return new EditionComparison(old, @new, new ChangeList(signedEdition, added, changes), findings);
        }

        private IReadOnlyList<Edition> CompareEditions()
        {
            var extends = @new.Editions.Count >= old.Editions.Count
                && old.Editions.Zip(@new.Editions).All(pair => pair.First == pair.Second);
            if (extends)
            {
                return @new.Editions.Skip(old.Editions.Count).ToList();
            }

            if (signed)
            {
                findings.Add(new EditionFinding(EditionCodes.SignedEditionsChanged, "/editions",
                    $"редакции, подписанные ранее ({string.Join(", ", old.Editions.Select(EditionNames.Requisites))}), изменены или удалены: " +
                    "подписанная редакция остаётся в списке как есть, новые приказы о внесении изменений дописываются в конец"));
            }

            changes.Add(new Change
            {
                Op = ChangeOp.Restate, Unit = ChangeUnit.Order, Field = "editions",
                Old = UnitJson.Pruned(oldRoot["editions"]), New = UnitJson.Pruned(newRoot["editions"]),
            });
            return [];
        }

        private void CompareOrder()
        {
            if (old.Authority != @new.Authority)
            {
                changes.Add(new Change { Op = ChangeOp.Restate, Unit = ChangeUnit.Order, Field = "authority", Old = old.Authority, New = @new.Authority });
            }

            // Appendices other than the root roadmap are compared whole: a change in them is a new
            // wording of the appendices, not yet unit by unit as the roadmap's items are.
            if (!JsonNode.DeepEquals(oldRoot["appendices"], newRoot["appendices"]))
            {
                changes.Add(new Change
                {
                    Op = ChangeOp.Restate, Unit = ChangeUnit.Order, Field = "appendices",
                    Old = UnitJson.Pruned(oldRoot["appendices"]), New = UnitJson.Pruned(newRoot["appendices"]),
                });
            }

            CompareFields(new Locator(ChangeUnit.Order), Object(oldRoot["order"]), Object(newRoot["order"]), UnitJson.Points);
        }

        private void ComparePoints(IReadOnlyList<NumberedPoint> olds, IReadOnlyList<NumberedPoint> news, JsonArray oldJson, JsonArray newJson, string? parent, string newGroupPointer)
        {
            var steps = UnitAlignment.Align(
                olds.Select((p, i) => Aligned(p.Number, p.Point.Id, Object(oldJson[i]), UnitJson.Points)).ToList(),
                news.Select((p, j) => Aligned(p.Number, p.Point.Id, Object(newJson[j]), UnitJson.Points)).ToList());
            string? after = null;
            foreach (var step in steps)
            {
                if (step is { Old: { } i, New: { } j })
                {
                    var (o, n) = (olds[i], news[j]);
                    CheckNumber("пункт", o.Number, n.Number, n.Pointer, n.IsPinned, o.Point.Text);
                    CompareFields(new Locator(ChangeUnit.Point, o.Number, parent), Object(oldJson[i]), Object(newJson[j]), UnitJson.Points);
                    ComparePoints(o.Points, n.Points, (JsonArray)oldJson[i]![UnitJson.Points]!, (JsonArray)newJson[j]![UnitJson.Points]!, o.Number, n.Pointer + "/points");
                    after = o.Number;
                }
                else if (step.Old is { } removed)
                {
                    Removed(new Locator(ChangeUnit.Point, olds[removed].Number, parent), Object(oldJson[removed]), "пункт", olds[removed].Point.Text, newGroupPointer);
                    after = olds[removed].Number;
                }
                else
                {
                    var added = step.New!.Value;
                    Added(new Locator(ChangeUnit.Point, news[added].Number, parent), Object(newJson[added]), after);
                }
            }
        }

        private void CompareRoadmap()
        {
            if (old.Roadmap is null || @new.Roadmap is null)
            {
                if (old.Roadmap != @new.Roadmap)
                {
                    changes.Add(new Change
                    {
                        Op = old.Roadmap is null ? ChangeOp.Add : ChangeOp.Exclude, Unit = ChangeUnit.Roadmap,
                        Old = UnitJson.Pruned(oldRoot["roadmap"]),
                        New = UnitJson.Pruned(newRoot["roadmap"]),
                    });
                }

                return;
            }

            var (oldRoadmap, newRoadmap) = (Object(oldRoot["roadmap"]), Object(newRoot["roadmap"]));
            CompareFields(new Locator(ChangeUnit.Roadmap), oldRoadmap, newRoadmap, "sections", UnitJson.Items, "columns", "passport");
            ComparePassport(oldRoadmap["passport"] as JsonObject, newRoadmap["passport"] as JsonObject);
            CompareColumns(old.Roadmap.Columns, @new.Roadmap.Columns, (JsonArray)oldRoadmap["columns"]!, (JsonArray)newRoadmap["columns"]!);

            var oldNumbering = RoadmapNumbering.Of(old.Roadmap);
            var newNumbering = RoadmapNumbering.Of(@new.Roadmap);
            CompareSections(oldNumbering.Sections, newNumbering.Sections, (JsonArray)oldRoadmap["sections"]!, (JsonArray)newRoadmap["sections"]!);
            CompareItems(oldNumbering.Items, newNumbering.Items, (JsonArray)oldRoadmap[UnitJson.Items]!, (JsonArray)newRoadmap[UnitJson.Items]!, null, "/roadmap/items");
        }

        private void ComparePassport(JsonObject? oldPassport, JsonObject? newPassport)
        {
            if (oldPassport is null || newPassport is null)
            {
                if (oldPassport is not null || newPassport is not null)
                {
                    changes.Add(new Change
                    {
                        Op = oldPassport is null ? ChangeOp.Add : ChangeOp.Exclude, Unit = ChangeUnit.Passport,
                        Old = UnitJson.Pruned(oldPassport), New = UnitJson.Pruned(newPassport),
                    });
                }

                return;
            }

            CompareFields(new Locator(ChangeUnit.Passport), oldPassport, newPassport);
        }

        private void CompareColumns(IReadOnlyList<Column> olds, IReadOnlyList<Column> news, JsonArray oldJson, JsonArray newJson)
        {
            // Columns have keys: only a column with the same key is the same column.
            var steps = UnitAlignment.Align(
                olds.Select((c, i) => new AlignedUnit(c.Key, c.Key, oldJson[i]!, () => EmptyWords)).ToList(),
                news.Select((c, j) => new AlignedUnit(c.Key, c.Key, newJson[j]!, () => EmptyWords)).ToList());
            string? after = null;
            foreach (var step in steps)
            {
                if (step is { Old: { } i, New: { } j })
                {
                    CompareFields(new Locator(ChangeUnit.Column, Key: olds[i].Key), Object(oldJson[i]), Object(newJson[j]), "key");
                    after = olds[i].Key;
                }
                else if (step.Old is { } removed)
                {
                    changes.Add(new Change { Op = ChangeOp.Exclude, Unit = ChangeUnit.Column, Key = olds[removed].Key, Old = UnitJson.Pruned(oldJson[removed]) });
                    after = olds[removed].Key;
                }
                else
                {
                    var added = news[step.New!.Value];
                    changes.Add(new Change { Op = ChangeOp.Add, Unit = ChangeUnit.Column, Key = added.Key, After = after, New = UnitJson.Pruned(newJson[step.New!.Value]) });
                }
            }
        }

        private void CompareSections(IReadOnlyList<NumberedSection> olds, IReadOnlyList<NumberedSection> news, JsonArray oldJson, JsonArray newJson)
        {
            var steps = UnitAlignment.Align(
                olds.Select((s, i) => Aligned(s.Number, s.Section.Id, Object(oldJson[i]), UnitJson.Items)).ToList(),
                news.Select((s, j) => Aligned(s.Number, s.Section.Id, Object(newJson[j]), UnitJson.Items)).ToList());
            string? after = null;
            foreach (var step in steps)
            {
                if (step is { Old: { } i, New: { } j })
                {
                    var (o, n) = (olds[i], news[j]);
                    CheckNumber("раздел", o.Number, n.Number, n.Pointer, n.IsPinned, o.Section.Title);
                    CompareFields(new Locator(ChangeUnit.Section, o.Number), Object(oldJson[i]), Object(newJson[j]), UnitJson.Items);
                    CompareItems(o.Items, n.Items, (JsonArray)oldJson[i]![UnitJson.Items]!, (JsonArray)newJson[j]![UnitJson.Items]!, o.Number, n.Pointer + "/items");
                    after = o.Number;
                }
                else if (step.Old is { } removed)
                {
                    Removed(new Locator(ChangeUnit.Section, olds[removed].Number), Object(oldJson[removed]), "раздел", olds[removed].Section.Title, "/roadmap/sections");
                    after = olds[removed].Number;
                }
                else
                {
                    var added = step.New!.Value;
                    Added(new Locator(ChangeUnit.Section, news[added].Number), Object(newJson[added]), after);
                }
            }
        }

        private void CompareItems(IReadOnlyList<NumberedItem> olds, IReadOnlyList<NumberedItem> news, JsonArray oldJson, JsonArray newJson, string? section, string newGroupPointer)
        {
            var steps = UnitAlignment.Align(
                olds.Select((item, i) => Aligned(item.Number, item.Item.Id, Object(oldJson[i]))).ToList(),
                news.Select((item, j) => Aligned(item.Number, item.Item.Id, Object(newJson[j]))).ToList());
            string? after = null;
            foreach (var step in steps)
            {
                if (step is { Old: { } i, New: { } j })
                {
                    var (o, n) = (olds[i], news[j]);
                    CheckNumber("мероприятие", o.Number, n.Number, n.Pointer, n.IsPinned, o.Item.Activity);
                    if (!JsonNode.DeepEquals(oldJson[i], newJson[j]))
                    {
                        CompareItemFields(new Locator(ChangeUnit.Item, o.Number, section), Object(oldJson[i]), Object(newJson[j]));
                    }

                    after = o.Number;
                }
                else if (step.Old is { } removed)
                {
                    Removed(new Locator(ChangeUnit.Item, olds[removed].Number, section), Object(oldJson[removed]), "мероприятие", olds[removed].Item.Activity, newGroupPointer);
                    after = olds[removed].Number;
                }
                else
                {
                    var added = step.New!.Value;
                    Added(new Locator(ChangeUnit.Item, news[added].Number, section), Object(newJson[added]), after);
                }
            }
        }

        private void CompareParties()
        {
            var (oldParties, newParties) = (Object(oldRoot["parties"]), Object(newRoot["parties"]));
            foreach (var id in old.Parties.Keys)
            {
                if (!@new.Parties.ContainsKey(id))
                {
                    changes.Add(new Change { Op = ChangeOp.Exclude, Unit = ChangeUnit.Party, Key = id, Old = UnitJson.Pruned(oldParties[id]) });
                }
                else
                {
                    CompareFields(new Locator(ChangeUnit.Party, Key: id), Object(oldParties[id]), Object(newParties[id]));
                }
            }

            foreach (var id in @new.Parties.Keys.Where(id => !old.Parties.ContainsKey(id)))
            {
                changes.Add(new Change { Op = ChangeOp.Add, Unit = ChangeUnit.Party, Key = id, New = UnitJson.Pruned(newParties[id]) });
            }
        }

        /// <summary>
        /// The fields of a unit other than an item: a text that changed in less than half its words
        /// becomes a replaceWords, any other difference restates that field.
        /// </summary>
        private void CompareFields(Locator at, JsonObject oldUnit, JsonObject newUnit, params string[] children)
        {
            var (oldExcluded, newExcluded) = (oldUnit["excluded"], newUnit["excluded"]);
            foreach (var (field, before, after) in Differences(oldUnit, newUnit, flattenCustom: false, ["id", "excluded", .. children]))
            {
                var (oldText, newText) = (UnitJson.Text(before), UnitJson.Text(after));
                var span = oldText is not null && newText is not null && field != "number" ? WordReplacement.Between(oldText, newText) : null;
                changes.Add(span is not null && span.OldWordCount * 2 <= WordCount(oldText!)
                    ? at.Change(ChangeOp.ReplaceWords, field, span.Old, span.New)
                    : at.Change(ChangeOp.Restate, field, UnitJson.Pruned(before), UnitJson.Pruned(after)));
            }

            CompareExclusion(at, children.Length == 0 ? oldUnit : UnitJson.Without(oldUnit, children), oldExcluded, newExcluded);
        }

        /// <summary>
        /// The fields of an item: words of at most two text cells that changed in less than half the
        /// item's words are replaced; anything more, or a change of parties or schedule, restates the row.
        /// </summary>
        private void CompareItemFields(Locator at, JsonObject oldItem, JsonObject newItem)
        {
            var (oldExcluded, newExcluded) = (oldItem["excluded"], newItem["excluded"]);
            var differences = Differences(oldItem, newItem, flattenCustom: true, ["id", "excluded", "number"]);
            var spans = differences
                .Select(d => (d.Field, Span: UnitJson.Text(d.Old) is { } o && UnitJson.Text(d.New) is { } n ? WordReplacement.Between(o, n) : null))
                .ToList();
            var totalWords = UnitJson.Texts(oldItem, NotText).Sum(WordCount);
            var replaceable = spans.Count <= 2 && spans.All(s => s.Span is not null) && spans.Sum(s => s.Span!.OldWordCount) * 2 <= totalWords;
            var oldPin = Pin(oldItem);
            var newPin = Pin(newItem);

            if (differences.Count > 0 && !replaceable)
            {
                var restated = (JsonObject)newItem.DeepClone();
                restated["excluded"] = oldExcluded?.DeepClone();
                changes.Add(at.Change(ChangeOp.Restate, null, UnitJson.Pruned(oldItem), UnitJson.Pruned(restated)));
            }
            else
            {
                changes.AddRange(spans.Select(s => at.Change(ChangeOp.ReplaceWords, s.Field, s.Span!.Old, s.Span.New)));
                if (oldPin != newPin)
                {
                    changes.Add(at.Change(ChangeOp.Restate, "number", oldPin, newPin));
                }
            }

            CompareExclusion(at, oldItem, oldExcluded, newExcluded);
        }

        private void CompareExclusion(Locator at, JsonObject oldUnit, JsonNode? oldExcluded, JsonNode? newExcluded)
        {
            if (JsonNode.DeepEquals(oldExcluded, newExcluded))
            {
                return;
            }

            changes.Add(oldExcluded is null
                ? at.Change(ChangeOp.Exclude, null, UnitJson.Pruned(oldUnit), newExcluded!.DeepClone())
                : at.Change(ChangeOp.Restate, "excluded", oldExcluded.DeepClone(), newExcluded?.DeepClone()));
        }

        private void Removed(Locator at, JsonObject unit, string kind, string text, string newGroupPointer)
        {
            changes.Add(at.Change(ChangeOp.Exclude, null, UnitJson.Pruned(unit), null));
            if (signed && unit["excluded"] is null)
            {
                findings.Add(new EditionFinding(EditionCodes.SignedUnitRemoved, newGroupPointer,
                    $"{kind} {at.Number} {Quoted.Text(text)} подписанной редакции ({SignedName}) нет в файле: исключённое при изменении " +
                    "сохраняет свой номер — верните его на место с отметкой excluded: {date, number} приказа о внесении изменений"));
            }
        }

        private void Added(Locator at, JsonObject unit, string? after) =>
            changes.Add(at.Change(ChangeOp.Add, null, null, UnitJson.Pruned(unit)) with { After = after });

        private void CheckNumber(string kind, string oldNumber, string newNumber, string newPointer, bool pinned, string text)
        {
            if (signed && oldNumber != newNumber)
            {
                findings.Add(new EditionFinding(EditionCodes.Renumbered, pinned ? newPointer + "/number" : newPointer,
                    $"{kind} {Quoted.Text(text)} в подписанной редакции ({SignedName}) имеет номер {oldNumber}, здесь — {newNumber}: " +
                    "номера подписанного приказа не меняются. Исключённое оставьте на месте с отметкой excluded, новое добавьте " +
                    "под следующим свободным номером или под подномером (например, 4.4.1 между 4.4 и 4.5)"));
            }
        }

        private string SignedName => $"приказ {EditionNames.Requisites(old.Editions[^1])}";

        private static readonly IReadOnlyDictionary<string, int> EmptyWords = new Dictionary<string, int>();

        private static readonly IReadOnlySet<string> NotTextOfPoint = new HashSet<string>(NotText.Append(UnitJson.Points), StringComparer.Ordinal);
        private static readonly IReadOnlySet<string> NotTextOfSection = new HashSet<string>(NotText.Append(UnitJson.Items), StringComparer.Ordinal);

        /// <summary>A unit for the alignment; its words (without those of its children) are counted only if needed.</summary>
        private static AlignedUnit Aligned(string number, string? id, JsonObject unit, string? children = null)
        {
            var skip = children == UnitJson.Points ? NotTextOfPoint : children == UnitJson.Items ? NotTextOfSection : NotText;
            return new AlignedUnit(number, id, children is null ? unit : UnitJson.Without(unit, children), () => TextSimilarity.Words(UnitJson.Texts(unit, skip)));
        }

        private static JsonObject Object(JsonNode? node) => (JsonObject)node!;

        private static string? Pin(JsonObject unit) => UnitJson.Text(unit["number"]) is { } pin ? PinnedNumber.Normalize(pin) : null;

        private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

        /// <summary>The members that differ, in the old unit's order then the new one's; custom cells of an item as their own fields.</summary>
        private static List<(string Field, JsonNode? Old, JsonNode? New)> Differences(JsonObject oldUnit, JsonObject newUnit, bool flattenCustom, string[]? skip = null)
        {
            var result = new List<(string, JsonNode?, JsonNode?)>();
            foreach (var key in oldUnit.Select(m => m.Key).Concat(newUnit.Select(m => m.Key)).Distinct(StringComparer.Ordinal))
            {
                if (skip is not null && skip.Contains(key))
                {
                    continue;
                }

                var (before, after) = (oldUnit[key], newUnit[key]);
                if (key == "number")
                {
                    (before, after) = (Pin(oldUnit), Pin(newUnit));
                }

                if (flattenCustom && key == "custom")
                {
                    result.AddRange(Differences(before as JsonObject ?? [], after as JsonObject ?? [], flattenCustom: false));
                }
                else if (!JsonNode.DeepEquals(before, after) && !JsonNode.DeepEquals(UnitJson.Pruned(before), UnitJson.Pruned(after)))
                {
                    result.Add((key, before, after));
                }
            }

            return result;
        }
    }

    /// <summary>Which unit a change names; makes the change records of one unit alike.</summary>
    private sealed record Locator(ChangeUnit Unit, string? Number = null, string? Parent = null, string? Key = null)
    {
        public Change Change(ChangeOp op, string? field, JsonNode? before, JsonNode? after) =>
            new() { Op = op, Unit = Unit, Number = Number, Parent = Parent, Key = Key, Field = field, Old = before, New = after };
    }
}
