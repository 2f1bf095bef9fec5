using Prikaz.Amendments.Files;
using Prikaz.Model;
using Prikaz.Profiles;

namespace Prikaz.Amendments.Wording;

/// <summary>A row an amendment prints as a real table row: an item of the roadmap under its number, or a section row.</summary>
/// <param name="Member">Where the row stands in its change of the amendment file: <c>row</c>, <c>new</c>, <c>items/0</c>.</param>
internal sealed record FormulaRow(string Number, Item? Item, string? SectionTitle, string Member);

/// <summary>
/// One entry of the list of changes: its words without the final «;» or «.», and what follows them —
/// table rows (a restated or added item or section) or quoted paragraphs (a restated list, a point
/// with sub-points). Quoted text that fits on the line is part of <see cref="Text"/>.
/// </summary>
internal sealed record Formula(string Text, IReadOnlyList<FormulaRow> Rows, IReadOnlyList<string> Quoted)
{
    public bool HasBlock => Rows.Count > 0 || Quoted.Count > 0;

    /// <summary>Where the change stands in the amendment file, as a JSON Pointer (<c>/changes/2</c>), for the live preview.</summary>
    public string Source { get; init; } = string.Empty;
}

/// <summary>
/// The wording of an amendment order (AMENDMENTS.md, «The formulas»): the sentence that introduces the
/// list («Внести в … следующие изменения:») and one formula per change, in the order of the text — «в
/// графе «Срок» пункта 1.2 слова «…» заменить словами «…»», «пункт 4.4 изложить в следующей
/// редакции:», «дополнить пунктом 5.4 следующего содержания:», «пункт 3.1 исключить» — with the row
/// word and the exclusion formula of the authority's profile. The signed text is quoted as signed.
/// </summary>
internal sealed class AmendmentFormulas(AmendmentFile amendment, OrderFile amended, AuthorityProfile profile)
{
    private const string RestatedAppendix = "приложение к приказу изложить в новой редакции согласно приложению к настоящему приказу";

    private readonly OrderReference reference = OrderReference.Of(amendment.Amends, profile);
    private readonly ItemWords items = ItemWords.Of(profile.AmendmentItemWord);

    private bool ChangesOrder => amendment.Changes.Any(IsOrderChange) || amendment.Appendix is not null;

    private bool ChangesAppendix => amendment.Changes.Any(change => !IsOrderChange(change));

    /// <summary>Points of the order are «пункт 2 приказа» when the list also changes the appendix, whose rows are «пункт 1.2».</summary>
    private bool Qualified => ChangesOrder && ChangesAppendix;

    /// <summary>How many changes the order makes: one per structural unit, the restated appendix as one.</summary>
    public int Count => amendment.Changes.Count + (amendment.Appendix is null ? 0 : 1);

    /// <summary>
    /// «Внести в «дорожную карту» …, утверждённую приказом … от … № …, следующие изменения:», or for the
    /// appendix restated alone the whole sentence «Приложение к приказу … изложить в новой редакции …».
    /// </summary>
    public string Intro()
    {
        if (amendment.Changes.Count == 0 && amendment.Appendix is not null)
        {
            return $"Приложение к {reference.OrderDative} изложить в новой редакции согласно приложению к настоящему приказу.";
        }

        var what = Count == 1 ? "следующее изменение" : "следующие изменения";
        var name = amendment.Amends.AppendixName ?? AppendixNames.Accusative(amended.Roadmap?.Title ?? "приложение");
        var order = $"{reference.Order} «{OrderReference.OneLine(amended.Order.Title)}»";
        if (!ChangesAppendix)
        {
            return $"Внести в {order} {what}:";
        }

        if (ChangesOrder)
        {
            return $"Внести в {order} и {AppendixNames.Approved(name)} им {name} {what}:";
        }

        return amended.Roadmap?.Approval == ApprovalKind.Appendix
            ? $"Внести в {name} (приложение к {reference.OrderDative}) {what}:"
            : $"Внести в {name}, {AppendixNames.Approved(name)} {reference.ApprovingOrder}, {what}:";
    }

    /// <summary>The entries of the list in the order of the text; empty when the intro is the whole text.</summary>
    public IReadOnlyList<Formula> Entries()
    {
        if (amendment.Changes.Count == 0)
        {
            return [];
        }

        var indexed = amendment.Changes.Select((change, i) => (Change: change, Source: $"/changes/{i}")).ToList();
        var entries = indexed.Where(c => IsOrderChange(c.Change)).Select(c => Of(c.Change) with { Source = c.Source }).ToList();
        if (amendment.Appendix is not null)
        {
            entries.Add(Inline(RestatedAppendix) with { Source = "/appendix" });
        }

        entries.AddRange(indexed.Where(c => !IsOrderChange(c.Change)).Select(c => Of(c.Change) with { Source = c.Source }));
        return entries;
    }

    /// <summary>The words of one change, as the list prints them (without its number and final punctuation).</summary>
    public string TextOf(AmendmentChange change) => Of(change).Text;

    private static bool IsOrderChange(AmendmentChange change) => change.Point is not null || change.Order is not null;

    private Formula Of(AmendmentChange change)
    {
        if (change.Item is { } item)
        {
            return Item(change, item);
        }

        if (change.Section is { } section)
        {
            return Section(change, section);
        }

        if (change.Point is { } point)
        {
            return Point(change, point);
        }

        if (change.Passport is { } passport)
        {
            return Passport(change, passport);
        }

        if (change.Column is { } column)
        {
            var title = ColumnTitle(column);
            return change.Op switch
            {
                ChangeOp.ReplaceWords => Inline(Replace($"в наименовании графы «{title}»", change)),
                ChangeOp.Exclude => Inline($"графу «{title}» {Exclusion("утратившей")}"),
                _ => Inline($"наименование графы «{title}» изложить в следующей редакции: {Quote(change.New)}"),
            };
        }

        if (change.Roadmap is not null)
        {
            var whose = Qualified ? "приложения к приказу" : string.Empty;
            return change.Op == ChangeOp.ReplaceWords
                ? Inline(Replace(Join("в наименовании", whose), change))
                : Inline($"{Join("наименование", whose)} изложить в следующей редакции: {Quote(change.New)}");
        }

        return change.Order == OrderTextField.Title
            ? change.Op == ChangeOp.ReplaceWords
                ? Inline(Replace("в наименовании приказа", change))
                : Inline($"наименование приказа изложить в следующей редакции: {Quote(change.New)}")
            : Preamble(change);
    }

    private Formula Item(AmendmentChange change, string number)
    {
        var title = change.Column is { } key ? ColumnTitle(key) : null;
        return change.Op switch
        {
            ChangeOp.ReplaceWords => Inline(Replace($"в графе «{title}» {items.Genitive} {number}", change)),
            ChangeOp.Restate when title is not null => Inline($"графу «{title}» {items.Genitive} {number} изложить в следующей редакции: {Quote(change.New)}"),
            ChangeOp.Restate => new Formula($"{items.Accusative} {number} изложить в следующей редакции:", [new FormulaRow(number, change.Row, null, "row")], []),
            ChangeOp.Add => new Formula($"дополнить {items.Instrumental} {number} следующего содержания:", [new FormulaRow(number, change.Row, null, "row")], []),
            _ => Inline($"{items.Accusative} {number} {Exclusion(items.RepealedParticiple)}"),
        };
    }

    private Formula Section(AmendmentChange change, string number) => change.Op switch
    {
        ChangeOp.ReplaceWords => Inline(Replace($"в наименовании раздела {number}", change)),
        ChangeOp.Restate => Inline($"наименование раздела {number} изложить в следующей редакции: {Quote(change.New)}"),
        ChangeOp.Add => new Formula($"дополнить разделом {number} следующего содержания:",
            [new FormulaRow(number, null, change.New, "new"), .. SectionRows(number, change.Items)], []),
        _ => Inline($"раздел {number} {Exclusion("утратившим")}"),
    };

    private static IEnumerable<FormulaRow> SectionRows(string section, IReadOnlyList<Item> rows)
    {
        var place = 0;
        for (var j = 0; j < rows.Count; j++)
        {
            yield return new FormulaRow(rows[j].Number ?? $"{section}.{++place}", rows[j], null, $"items/{j}");
        }
    }

    private Formula Point(AmendmentChange change, string number)
    {
        var whose = Qualified ? " приказа" : string.Empty;
        switch (change.Op)
        {
            case ChangeOp.ReplaceWords:
                return Inline(Replace($"в пункте {number}{whose}", change));
            case ChangeOp.Restate:
                return Inline($"пункт {number}{whose} изложить в следующей редакции: {Quote($"{number}. {change.New}")}");
            case ChangeOp.Exclude:
                return Inline($"пункт {number}{whose} {Exclusion("утратившим")}");
            default:
                var lead = Join("дополнить", Qualified ? "приказ" : string.Empty) + $" пунктом {number} следующего содержания:";
                if (change.Points.Count == 0)
                {
                    return Inline($"{lead} {Quote($"{number}. {change.New}")}");
                }

                var paragraphs = new List<string> { $"{number}. {OrderReference.OneLine(change.New!)}" };
                paragraphs.AddRange(change.Points.Select((sub, k) => $"{sub.Number ?? $"{number}.{k + 1}"}. {OrderReference.OneLine(sub.Text)}"));
                return new Formula(lead, [], paragraphs);
        }
    }

    private Formula Passport(AmendmentChange change, PassportField field)
    {
        var label = PassportWording.Label(field);
        var isList = field != PassportField.Goal;
        var lead = change.Op == ChangeOp.Add
            ? $"дополнить паспорт разделом «{label}» следующего содержания:"
            : $"раздел «{label}» паспорта изложить в следующей редакции:";
        return change.Op switch
        {
            ChangeOp.ReplaceWords => Inline(Replace($"в разделе «{label}» паспорта", change)),
            ChangeOp.Exclude => Inline($"раздел «{label}» паспорта {Exclusion("утратившим")}"),
            _ when isList => new Formula(lead, [], [.. change.Entries.Select(entry => (field == PassportField.Relevance ? string.Empty : "– ") + OrderReference.OneLine(entry))]),
            _ => Inline($"{lead} {Quote(change.New)}"),
        };
    }

    private Formula Preamble(AmendmentChange change)
    {
        var whose = Qualified ? " приказа" : string.Empty;
        var paragraphs = Paragraphs(change.New);
        var lead = change.Op == ChangeOp.Add
            ? Join("дополнить", Qualified ? "приказ" : string.Empty) + " преамбулой следующего содержания:"
            : $"преамбулу{whose} изложить в следующей редакции:";
        return change.Op switch
        {
            ChangeOp.ReplaceWords => Inline(Replace($"в преамбуле{whose}", change)),
            ChangeOp.Exclude => Inline($"преамбулу{whose} {Exclusion("утратившей")}"),
            _ when paragraphs.Count > 1 => new Formula(lead, [], paragraphs),
            _ => Inline($"{lead} {Quote(change.New)}"),
        };
    }

    /// <summary>«{where} слова «…» заменить словами «…»» or, when the words go, «{where} слова «…» исключить».</summary>
    private static string Replace(string where, AmendmentChange change)
    {
        var old = change.Old ?? string.Empty;
        var quoted = $"{where} {(IsOneWord(old) ? "слово" : "слова")} {Quote(old)}";
        return string.IsNullOrEmpty(change.New)
            ? $"{quoted} исключить"
            : $"{quoted} заменить {(IsOneWord(change.New) ? "словом" : "словами")} {Quote(change.New)}";
    }

    private string Exclusion(string participle) => ItemWords.Exclusion(profile.AmendmentExclusion, participle);

    private string ColumnTitle(string key) =>
        OrderReference.OneLine(amended.Roadmap?.Columns.FirstOrDefault(column => column.Key == key)?.Title ?? key);

    private static Formula Inline(string text) => new(text, [], []);

    private static string Quote(string? text) => $"«{OrderReference.OneLine(text ?? string.Empty)}»";

    private static bool IsOneWord(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length == 1;

    private static string Join(string first, string second) => second.Length == 0 ? first : $"{first} {second}";

    private static List<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(OrderReference.OneLine)];
}
