using System.Globalization;
using System.Text.Json.Nodes;
using Prikaz.Amendments.Files;
using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Amendments.Checking;

/// <summary>A problem of one change of an amendment file: the change's index, the member it concerns (null: the change itself), the code and why.</summary>
public sealed record ChangeFinding(int Index, string? Member, string Code, string Message);

/// <summary>
/// The changes of an amendment file as a <see cref="ChangeList"/> of the amended edition, each with the
/// index of the YAML change it came from, and what keeps the others from being one.
/// </summary>
public sealed record TranslatedChanges(ChangeList List, IReadOnlyList<int> Sources, IReadOnlyList<ChangeFinding> Findings)
{
    /// <summary>The index in the amendment file's <c>changes</c> of <paramref name="change"/> of <see cref="List"/>.</summary>
    public int SourceOf(Change change)
    {
        for (var k = 0; k < List.Changes.Count; k++)
        {
            if (ReferenceEquals(List.Changes[k], change))
            {
                return Sources[k];
            }
        }

        throw new ArgumentException("The change is not one of this list.", nameof(change));
    }
}

/// <summary>
/// Turns the clerk's changes (<see cref="AmendmentChange"/>, one unit each, named by its signed number)
/// into the typed changes <see cref="ChangeApplier"/> applies: each unit is looked up in the amended
/// edition, an addition finds its section and the unit it follows, a restated row keeps the signed
/// row's pinned number and id. What cannot be looked up or lacks what its op needs is a finding.
/// </summary>
public static class AmendmentTranslation
{
    /// <param name="amended">The edition the numbers refer to.</param>
    /// <param name="checkNumbers">
    /// Whether added units must take the next free number of the amended edition: true when
    /// <paramref name="amended"/> is the edition before the amendment, false when it already carries it.
    /// </param>
    public static TranslatedChanges Translate(AmendmentFile amendment, OrderFile amended, bool checkNumbers)
    {
        var translator = new Translator(amendment, amended, checkNumbers);
        for (var i = 0; i < amendment.Changes.Count; i++)
        {
            translator.Add(i, amendment.Changes[i]);
        }

        var signed = amended.Editions.Count > 0 ? amended.Editions[^1] : null;
        return new TranslatedChanges(new ChangeList(signed, [Mark(amendment)], translator.Changes), translator.Sources, translator.Findings);
    }

    /// <summary>The edition the amendment makes: its own date and number.</summary>
    /// (The checker refuses an amendment without them; <see cref="Requisites.StampDate"/> only keeps this total.)
    public static Edition Mark(AmendmentFile amendment) => new() { Date = amendment.Order.StampDate, Number = amendment.Order.Number ?? string.Empty };

    private sealed class Translator(AmendmentFile amendment, OrderFile amended, bool checkNumbers)
    {
        private readonly EditionTexts texts = new(amended);
        private readonly JsonNode mark = UnitJson.Of(Mark(amendment));

        // The items this amendment adds so far, with their section and the signed unit they follow.
        private readonly Dictionary<string, (NumberedSection? Section, string? After)> addedItems = new(StringComparer.Ordinal);

        // How many units each op «add» has put at the end of a group so far, for the next free number.
        private readonly Dictionary<string, int> addedAtEnd = new(StringComparer.Ordinal);

        public List<Change> Changes { get; } = [];

        public List<int> Sources { get; } = [];

        public List<ChangeFinding> Findings { get; } = [];

        public void Add(int index, AmendmentChange change)
        {
            var named = new (string Member, bool Present)[]
            {
                ("item", change.Item is not null), ("section", change.Section is not null), ("point", change.Point is not null),
                ("passport", change.Passport is not null), ("column", change.Column is not null && change.Item is null),
                ("roadmap", change.Roadmap is not null), ("order", change.Order is not null),
            }.Where(unit => unit.Present).Select(unit => unit.Member).ToList();
            if (named.Count != 1)
            {
                Find(index, null, AmendmentCodes.MalformedChange, named.Count == 0
                    ? "изменение не называет единицу: укажите item, section, point, passport, column, roadmap или order"
                    : $"изменение называет несколько единиц ({string.Join(", ", named)}): одно изменение — одна структурная единица");
                return;
            }

            switch (named[0])
            {
                case "item":
                    AddItem(index, change, PinnedNumber.Normalize(change.Item!));
                    break;
                case "section":
                    AddSection(index, change, PinnedNumber.Normalize(change.Section!));
                    break;
                case "point":
                    AddPoint(index, change, PinnedNumber.Normalize(change.Point!));
                    break;
                case "passport":
                    AddPassport(index, change, change.Passport!.Value);
                    break;
                case "column":
                    AddColumn(index, change, change.Column!);
                    break;
                case "roadmap":
                    AddText(index, change, ChangeUnit.Roadmap, "title", "roadmap", amended.Roadmap?.Title, allowRemoval: false);
                    break;
                default:
                    var preamble = change.Order == OrderTextField.Preamble;
                    AddText(index, change, ChangeUnit.Order, preamble ? "preamble" : "title", "order",
                        preamble ? amended.Order.Preamble : amended.Order.Title, allowRemoval: preamble);
                    break;
            }
        }

        private void AddItem(int index, AmendmentChange change, string number)
        {
            if (amended.Roadmap is not { } roadmap)
            {
                Find(index, "item", AmendmentCodes.MissingUnit, "у изменяемого приказа нет «дорожной карты»");
                return;
            }

            if (change.Column is { } key && roadmap.Columns.All(column => column.Key != key))
            {
                Find(index, "column", AmendmentCodes.MissingUnit,
                    $"в таблице «дорожной карты» нет графы «{key}»; графы: {string.Join(", ", roadmap.Columns.Select(c => $"{c.Key} («{c.Title}»)"))}");
                return;
            }

            if (change.Op == ChangeOp.Add)
            {
                AddNewItem(index, change, number);
                return;
            }

            if (texts.Units.Item(number) is not { } item)
            {
                Find(index, "item", AmendmentCodes.MissingUnit, $"в изменяемой редакции нет мероприятия {number}");
                return;
            }

            var at = new Change { Op = change.Op, Unit = ChangeUnit.Item, Number = number, Parent = texts.Units.SectionOf(item)?.Number };
            var signed = (JsonObject)Node(item.Pointer);
            switch (change.Op)
            {
                case ChangeOp.ReplaceWords when change.Column is null:
                    Find(index, null, AmendmentCodes.MalformedChange, "укажите графу (column), в которой заменяются слова, например column: deadline");
                    break;
                case ChangeOp.ReplaceWords:
                    if (Words(index, change))
                    {
                        Emit(index, at with { Field = change.Column, Old = change.Old, New = change.New });
                    }

                    break;
                case ChangeOp.Restate when change.Column is not null:
                    if (NewText(index, change))
                    {
                        Emit(index, at with { Field = change.Column, Old = UnitJson.Pruned(FieldOf(signed, change.Column)), New = change.New });
                    }

                    break;
                case ChangeOp.Restate:
                    if (change.Row is null)
                    {
                        Find(index, null, AmendmentCodes.MalformedChange, "укажите новую редакцию строки целиком (row: activity, deadline, responsible …)");
                        break;
                    }

                    Emit(index, at with { Old = UnitJson.Pruned(signed), New = Row(change.Row, signed) });
                    break;
                case ChangeOp.Exclude when change.Column is not null:
                    Find(index, "column", AmendmentCodes.MalformedChange,
                        "графу мероприятия не исключают: чтобы убрать её текст, исключите слова (op: replaceWords, new: \"\")");
                    break;
                default:
                    Emit(index, at with { Old = UnitJson.Pruned(signed), New = mark.DeepClone() });
                    break;
            }
        }

        private void AddNewItem(int index, AmendmentChange change, string number)
        {
            if (change.Column is not null)
            {
                Find(index, "column", AmendmentCodes.MalformedChange, "мероприятие добавляется строкой целиком (row), без column");
                return;
            }

            if (change.Row is null)
            {
                Find(index, null, AmendmentCodes.MalformedChange, "укажите добавляемую строку целиком (row: activity, deadline, responsible …)");
                return;
            }

            var prefix = Prefix(number);
            NumberedSection? section;
            IReadOnlyList<string> siblings;
            var subNumber = texts.Units.Item(prefix) is not null || addedItems.ContainsKey(prefix);
            if (texts.Units.Item(prefix) is { } parentItem)
            {
                section = texts.Units.SectionOf(parentItem);
                siblings = texts.Units.ItemsOf(section).Select(i => i.Number).ToList();
            }
            else if (addedItems.TryGetValue(prefix, out var addedParent))
            {
                // Under an item this amendment adds (3.6, then 3.6.1): it follows the same unit of the signed edition.
                section = addedParent.Section;
                siblings = texts.Units.ItemsOf(section).Select(i => i.Number).ToList();
                if (change.After is null)
                {
                    var row = Row(change.Row, null);
                    row.Insert(0, "number", number);
                    Emit(index, new Change { Op = ChangeOp.Add, Unit = ChangeUnit.Item, Number = number, Parent = section?.Number, After = addedParent.After, New = row });
                    addedItems[number] = addedParent;
                    return;
                }
            }
            else if (prefix.Length == 0 && texts.Units.Roadmap!.Sections.Count == 0)
            {
                section = null;
                siblings = texts.Units.ItemsOf(null).Select(i => i.Number).ToList();
            }
            else if (texts.Units.Section(prefix) is { } named)
            {
                section = named;
                siblings = named.Items.Select(i => i.Number).ToList();
            }
            else
            {
                Find(index, "item", AmendmentCodes.MissingUnit, prefix.Length == 0
                    ? $"мероприятие {number} не указывает раздел: в «дорожной карте» есть разделы, номер мероприятия — «раздел.номер» (например 5.4)"
                    : $"в изменяемой редакции нет раздела {prefix}, который дополняется мероприятием {number}");
                return;
            }

            var added = Row(change.Row, null);
            if (subNumber)
            {
                added.Insert(0, "number", number);
            }

            if (Place(index, change, new Group("item", "мероприятие", "мероприятием", section?.Number ?? string.Empty, siblings), number, subNumber, out var after))
            {
                Emit(index, new Change { Op = ChangeOp.Add, Unit = ChangeUnit.Item, Number = number, Parent = section?.Number, After = after, New = added });
                addedItems[number] = (section, after);
            }
        }

        private void AddSection(int index, AmendmentChange change, string number)
        {
            if (amended.Roadmap is null)
            {
                Find(index, "section", AmendmentCodes.MissingUnit, "у изменяемого приказа нет «дорожной карты»");
                return;
            }

            if (change.Op == ChangeOp.Add)
            {
                if (string.IsNullOrWhiteSpace(change.New))
                {
                    Find(index, null, AmendmentCodes.MalformedChange, "укажите наименование нового раздела (new) и его мероприятия (items)");
                    return;
                }

                var prefix = Prefix(number);
                var subNumber = prefix.Length > 0 && texts.Units.Section(prefix) is not null;
                var section = new JsonObject { ["title"] = change.New, ["items"] = new JsonArray([.. change.Items.Select(item => (JsonNode)Row(item, null))]) };
                if (subNumber)
                {
                    section.Insert(0, "number", number);
                }

                var siblings = texts.Units.Roadmap!.Sections.Select(s => s.Number).ToList();
                if (Place(index, change, new Group("section", "раздел", "разделом", string.Empty, siblings), number, subNumber, out var after))
                {
                    Emit(index, new Change { Op = ChangeOp.Add, Unit = ChangeUnit.Section, Number = number, After = after, New = section });
                }

                return;
            }

            if (texts.Units.Section(number) is not { } signed)
            {
                Find(index, "section", AmendmentCodes.MissingUnit, $"в изменяемой редакции нет раздела {number}");
                return;
            }

            var at = new Change { Op = change.Op, Unit = ChangeUnit.Section, Number = number };
            if (change.Op == ChangeOp.Exclude)
            {
                Emit(index, at with { Old = UnitJson.Pruned(Node(signed.Pointer)), New = mark.DeepClone() });
            }
            else if (change.Op == ChangeOp.ReplaceWords ? Words(index, change) : NewText(index, change))
            {
                Emit(index, at with { Field = "title", Old = change.Op == ChangeOp.ReplaceWords ? change.Old : signed.Section.Title, New = change.New });
            }
        }

        private void AddPoint(int index, AmendmentChange change, string number)
        {
            if (change.Op == ChangeOp.Add)
            {
                if (string.IsNullOrWhiteSpace(change.New))
                {
                    Find(index, null, AmendmentCodes.MalformedChange, "укажите текст нового пункта (new)");
                    return;
                }

                var prefix = Prefix(number);
                var point = new JsonObject { ["text"] = change.New };
                if (change.Points.Count > 0)
                {
                    point["points"] = new JsonArray([.. change.Points.Select(p => UnitJson.Pruned(UnitJson.Of(p)))]);
                }

                // «3.1» under a point that has sub-points is one more of them; otherwise it is a point
                // inserted between 3 and 4, numbered as federal acts insert «статья 12.1».
                NumberedPoint? parent;
                IReadOnlyList<string> siblings;
                bool subNumber;
                if (prefix.Length > 0 && texts.Units.Point(prefix) is { Points.Count: > 0 } withSubPoints)
                {
                    (parent, siblings, subNumber) = (withSubPoints, withSubPoints.Points.Select(p => p.Number).ToList(), false);
                }
                else if (prefix.Length > 0 && texts.Units.Point(prefix) is { } before)
                {
                    parent = texts.Units.ParentOf(before);
                    (siblings, subNumber) = ((parent?.Points ?? texts.Units.Order.Points).Select(p => p.Number).ToList(), true);
                }
                else if (prefix.Length == 0)
                {
                    (parent, siblings, subNumber) = (null, texts.Units.Order.Points.Select(p => p.Number).ToList(), false);
                }
                else
                {
                    Find(index, "point", AmendmentCodes.MissingUnit, $"в изменяемом приказе нет пункта {prefix}, к которому относится пункт {number}");
                    return;
                }

                if (subNumber)
                {
                    point.Insert(0, "number", number);
                }

                var group = new Group("point", "пункт", "пунктом", parent?.Number ?? string.Empty, siblings);
                if (Place(index, change, group, number, subNumber, out var after))
                {
                    Emit(index, new Change { Op = ChangeOp.Add, Unit = ChangeUnit.Point, Number = number, Parent = parent?.Number, After = after, New = point });
                }

                return;
            }

            if (texts.Units.Point(number) is not { } signed)
            {
                Find(index, "point", AmendmentCodes.MissingUnit, $"в изменяемом приказе нет пункта {number}");
                return;
            }

            var at = new Change { Op = change.Op, Unit = ChangeUnit.Point, Number = number, Parent = texts.Units.ParentOf(signed)?.Number };
            if (change.Op == ChangeOp.Exclude)
            {
                Emit(index, at with { Old = UnitJson.Pruned(Node(signed.Pointer)), New = mark.DeepClone() });
            }
            else if (change.Op == ChangeOp.ReplaceWords ? Words(index, change) : NewText(index, change))
            {
                Emit(index, at with { Field = "text", Old = change.Op == ChangeOp.ReplaceWords ? change.Old : signed.Point.Text, New = change.New });
            }
        }

        private void AddPassport(int index, AmendmentChange change, PassportField field)
        {
            if (amended.Roadmap?.Passport is not { } passport)
            {
                Find(index, "passport", AmendmentCodes.MissingUnit, "в «дорожной карте» изменяемого приказа нет паспорта");
                return;
            }

            var name = PassportWording.Member(field);
            var label = PassportWording.Label(field);
            var isList = field != PassportField.Goal;
            var present = field switch
            {
                PassportField.Goal => !string.IsNullOrWhiteSpace(passport.Goal),
                PassportField.Relevance => passport.Relevance.Count > 0,
                PassportField.Tasks => passport.Tasks.Count > 0,
                _ => passport.Results.Count > 0,
            };
            if (change.Op == ChangeOp.Add && present)
            {
                Find(index, "passport", AmendmentCodes.MalformedChange, $"раздел «{label}» в паспорте уже есть: изложите его в новой редакции (op: restate)");
                return;
            }

            if (change.Op != ChangeOp.Add && !present)
            {
                Find(index, "passport", AmendmentCodes.MissingUnit, $"в паспорте изменяемой редакции нет раздела «{label}»: дополните им паспорт (op: add)");
                return;
            }

            var at = new Change { Op = ChangeOp.Restate, Unit = ChangeUnit.Passport, Field = name, Old = UnitJson.Pruned(texts.Field(new Change { Op = ChangeOp.Restate, Unit = ChangeUnit.Passport, Field = name })) };
            switch (change.Op)
            {
                case ChangeOp.ReplaceWords when isList:
                    Find(index, null, AmendmentCodes.MalformedChange, $"раздел «{label}» — список: изложите его в новой редакции (op: restate, entries: […])");
                    break;
                case ChangeOp.ReplaceWords:
                    if (Words(index, change))
                    {
                        Emit(index, at with { Op = ChangeOp.ReplaceWords, Old = change.Old, New = change.New });
                    }

                    break;
                case ChangeOp.Exclude:
                    Emit(index, at with { New = null });
                    break;
                case var _ when isList:
                    if (change.Entries.Count == 0)
                    {
                        Find(index, null, AmendmentCodes.MalformedChange, $"укажите элементы раздела «{label}» (entries: […])");
                        break;
                    }

                    Emit(index, at with { New = new JsonArray([.. change.Entries.Select(entry => (JsonNode?)entry)]) });
                    break;
                default:
                    if (NewText(index, change))
                    {
                        Emit(index, at with { New = change.New });
                    }

                    break;
            }
        }

        private void AddColumn(int index, AmendmentChange change, string key)
        {
            if (change.Op == ChangeOp.Add)
            {
                Find(index, null, AmendmentCodes.MalformedChange,
                    "графу нельзя добавить перечнем изменений — её пришлось бы заполнить в каждой строке: изложите приложение в новой редакции (appendix)");
                return;
            }

            if (amended.Roadmap?.Columns.FirstOrDefault(column => column.Key == key) is not { } column)
            {
                Find(index, "column", AmendmentCodes.MissingUnit,
                    $"в таблице «дорожной карты» нет графы «{key}»" + (amended.Roadmap is { } roadmap
                        ? $"; графы: {string.Join(", ", roadmap.Columns.Select(c => $"{c.Key} («{c.Title}»)"))}"
                        : string.Empty));
                return;
            }

            var at = new Change { Op = change.Op, Unit = ChangeUnit.Column, Key = key };
            if (change.Op == ChangeOp.Exclude)
            {
                Emit(index, at with { Old = UnitJson.Pruned(UnitJson.Of(column)) });
            }
            else if (change.Op == ChangeOp.ReplaceWords ? Words(index, change) : NewText(index, change))
            {
                Emit(index, at with { Field = "title", Old = change.Op == ChangeOp.ReplaceWords ? change.Old : column.Title, New = change.New });
            }
        }

        private void AddText(int index, AmendmentChange change, ChangeUnit unit, string field, string member, string? signed, bool allowRemoval)
        {
            if (unit == ChangeUnit.Roadmap && amended.Roadmap is null)
            {
                Find(index, member, AmendmentCodes.MissingUnit, "у изменяемого приказа нет «дорожной карты»");
                return;
            }

            var at = new Change { Op = change.Op, Unit = unit, Field = field, Old = signed };
            switch (change.Op)
            {
                case ChangeOp.ReplaceWords when string.IsNullOrWhiteSpace(signed):
                    Find(index, member, AmendmentCodes.MissingUnit, "в изменяемом приказе нет преамбулы, в которой можно заменить слова");
                    break;
                case ChangeOp.ReplaceWords:
                    if (Words(index, change))
                    {
                        Emit(index, at with { Old = change.Old, New = change.New });
                    }

                    break;
                case ChangeOp.Exclude when allowRemoval:
                    Emit(index, at with { Op = ChangeOp.Restate, New = null });
                    break;
                case ChangeOp.Add when allowRemoval && string.IsNullOrWhiteSpace(signed):
                case ChangeOp.Restate:
                    if (NewText(index, change))
                    {
                        Emit(index, at with { Op = ChangeOp.Restate, New = change.New });
                    }

                    break;
                default:
                    Find(index, null, AmendmentCodes.MalformedChange, "наименование не исключают и не добавляют: изложите его в новой редакции (op: restate) или замените слова (op: replaceWords)");
                    break;
            }
        }

        /// <summary>The units an added one stands among: its member in the YAML, its words, the number its siblings are numbered under, their numbers.</summary>
        private sealed record Group(string Member, string Kind, string Instrumental, string Prefix, IReadOnlyList<string> Siblings)
        {
            public string Key => Member + "/" + Prefix;

            public string NumberPrefix => Prefix.Length == 0 ? string.Empty : Prefix + ".";
        }

        /// <summary>
        /// Where an added unit goes: after the unit its «after» names, by default at the end of its group
        /// (a sub-number: after the unit it is numbered under and that unit's earlier sub-numbers). When
        /// the numbers are checked, an addition at the end takes the next free number, one between takes
        /// a sub-number. False when the place is wrong; <paramref name="after"/> is the number it follows (null: first).
        /// </summary>
        private bool Place(int index, AmendmentChange change, Group group, string number, bool subNumber, out string? after)
        {
            var siblings = group.Siblings;
            var last = siblings.Count > 0 ? siblings[^1] : null;
            var parent = Prefix(number);
            if (change.After is { } given)
            {
                after = PinnedNumber.Normalize(given);
                if (!siblings.Contains(after, StringComparer.Ordinal))
                {
                    Find(index, "after", AmendmentCodes.MissingUnit, $"{group.Kind} {number} добавляется после {after}, а такого номера рядом с ним в изменяемой редакции нет");
                    return false;
                }
            }
            else if (subNumber)
            {
                after = siblings.LastOrDefault(s => s == parent || (PinnedNumber.Below(s, parent + ".") is not null && Compare(s, number) < 0));
            }
            else
            {
                after = last;
            }

            if (!checkNumbers || subNumber)
            {
                return true;
            }

            var places = siblings.Count(s => !PinnedNumber.IsSubNumber(s, group.NumberPrefix));
            var expected = group.NumberPrefix + (places + 1 + addedAtEnd.GetValueOrDefault(group.Key)).ToString(CultureInfo.InvariantCulture);
            if (after != last)
            {
                Find(index, group.Member, AmendmentCodes.AddedNumber,
                    $"{group.Kind} {number} встаёт не в конец, а после {after}: подписанные номера не меняются — дайте ему подномер {after}.1");
                return false;
            }

            if (number != expected)
            {
                Find(index, group.Member, AmendmentCodes.AddedNumber,
                    $"дополнить {group.Instrumental} в конце можно только под следующим свободным номером {expected}, а указан {number}");
                return false;
            }

            addedAtEnd[group.Key] = addedAtEnd.GetValueOrDefault(group.Key) + 1;
            return true;
        }

        private bool Words(int index, AmendmentChange change)
        {
            if (string.IsNullOrWhiteSpace(change.Old))
            {
                Find(index, "old", AmendmentCodes.MalformedChange, "укажите заменяемые слова (old) так, как они напечатаны в подписанной редакции");
                return false;
            }

            if (change.New is null)
            {
                Find(index, null, AmendmentCodes.MalformedChange, "укажите слова, которые заменяют прежние (new); new: \"\" — слова исключаются");
                return false;
            }

            if (change.New == change.Old)
            {
                Find(index, "new", AmendmentCodes.MalformedChange, "новые слова те же, что прежние");
                return false;
            }

            return true;
        }

        private bool NewText(int index, AmendmentChange change)
        {
            if (!string.IsNullOrWhiteSpace(change.New))
            {
                return true;
            }

            Find(index, null, AmendmentCodes.MalformedChange, "укажите новую редакцию текста (new)");
            return false;
        }

        /// <summary>A row as the edition stores it; a restated row keeps the signed row's pinned number, id and exclusion mark.</summary>
        private static JsonObject Row(Item row, JsonObject? signed)
        {
            var json = (JsonObject)UnitJson.Pruned(UnitJson.Without(UnitJson.Of(row), "number", "id", "excluded"))!;
            foreach (var kept in new[] { "id", "number" })
            {
                if (signed?[kept] is { } value)
                {
                    json.Insert(0, kept, value.DeepClone());
                }
            }

            if (signed?["excluded"] is { } excluded)
            {
                json["excluded"] = excluded.DeepClone();
            }

            return json;
        }

        private static JsonNode? FieldOf(JsonObject item, string key) =>
            item[key] ?? (item["custom"] as JsonObject)?[key];

        private JsonNode Node(string pointer) => texts.At(pointer);

        private void Emit(int index, Change change)
        {
            Changes.Add(change);
            Sources.Add(index);
        }

        private void Find(int index, string? member, string code, string message) => Findings.Add(new ChangeFinding(index, member, code, message));

        private static string Prefix(string number) => number.LastIndexOf('.') is var dot and > 0 ? number[..dot] : string.Empty;

        private static int Compare(string a, string b)
        {
            var (x, y) = (a.Split('.'), b.Split('.'));
            for (var k = 0; k < Math.Min(x.Length, y.Length); k++)
            {
                var (p, q) = (int.TryParse(x[k], CultureInfo.InvariantCulture, out var m) ? m : 0, int.TryParse(y[k], CultureInfo.InvariantCulture, out var n) ? n : 0);
                if (p != q)
                {
                    return p.CompareTo(q);
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
