using System.Globalization;
using System.Text.Json.Nodes;
using Prikaz.Amendments.Files;
using Prikaz.Amendments.Wording;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Profiles;

namespace Prikaz.Amendments.Drafting;

/// <summary>What <c>prikaz amend</c> was asked for: the amending order's date and number, and where the amended order's file is, as the amendment file names it.</summary>
/// <param name="AmendedFile">The amended order's file relative to the folder the amendment is written to.</param>
public sealed record AmendmentRequest(DateOnly Date, string Number, string AmendedFile);

/// <summary>
/// An amendment order drafted from two editions: the file's model, why the appendix is restated (null
/// when the changes are listed), and the changes left out because no amendment order makes them (the
/// signed order's requisites, what is never printed) — the YAML's header names both for the clerk.
/// </summary>
public sealed record AmendmentDraft(AmendmentFile File, string? RestatedBecause, IReadOnlyList<string> LeftOut)
{
    /// <summary>Members of an order a signed order's amendment never changes: its requisites, and bookkeeping.</summary>
    private static readonly IReadOnlySet<string> Requisites = new HashSet<string>(StringComparer.Ordinal)
    {
        "kind", "date", "number", "place", "dateStyle", "stampDateStyle", "signatory", "electronicSignature", "executor",
        "distribution", "acquaintance", "approvalSheet", "basis",
    };

    /// <summary>True when <paramref name="old"/> is a signed edition (not a draft without date and number), which an amendment can name.</summary>
    public static bool CanAmend(OrderFile old) => AmendedOrders.Signed(old) is not null;

    /// <summary>
    /// Why the changes cannot be drafted as an amendment order; null when they can. The appendices of
    /// <c>appendices:</c> are compared whole (not yet item by item as the single <c>roadmap:</c>), and an
    /// amendment restates only that roadmap, so a change in them would be lost from the order.
    /// </summary>
    public static string? Unsupported(EditionComparison comparison) =>
        comparison.Changes.Changes.Any(change => change is { Unit: ChangeUnit.Order, Field: "appendices" })
            ? "изменены приложения из appendices: prikaz amend составляет изменения пунктов приказа и «дорожной карты» из roadmap:, " +
              "а приказ о внесении изменений в приложения № 1, № 2 … пока нужно написать самому (prikaz diff покажет, что изменилось)"
            : null;

    /// <summary>
    /// Drafts the amendment of <paramref name="comparison"/>'s old edition that gives its new one. The
    /// changes are listed with the formulas while they can be, and while they touch at most the
    /// profile's share of the items; otherwise — or when the new edition renumbers the signed one —
    /// the appendix is restated whole.
    /// </summary>
    public static AmendmentDraft From(EditionComparison comparison, AmendmentRequest request, AuthorityProfile profile)
    {
        var (old, @new) = (comparison.Old, comparison.New);
        var listed = new List<AmendmentChange>();
        var leftOut = new List<string>();
        string? inexpressible = comparison.Findings.Count > 0
            ? "новая редакция меняет подписанную нумерацию (см. prikaz diff)"
            : null;
        foreach (var change in comparison.Changes.Changes)
        {
            switch (Translate(change, old))
            {
                case Listed(var amendment):
                    listed.Add(amendment);
                    break;
                case NotPrinted(var why):
                    leftOut.Add(why);
                    break;
                case Inexpressible(var why):
                    inexpressible ??= why;
                    break;
            }
        }

        var itemCount = old.Roadmap is null ? 0 : RoadmapNumbering.Of(old.Roadmap).AllItems.Count();
        var touched = listed.Where(c => c.Item is not null).Select(c => c.Item).Distinct(StringComparer.Ordinal).Count();
        var restatedBecause = inexpressible ?? (itemCount > 0 && touched > profile.AmendmentRestateShare * itemCount
            ? string.Create(CultureInfo.InvariantCulture,
                $"изменяются {touched} из {itemCount} мероприятий — больше доли {profile.AmendmentRestateShare:0.##} из профиля органа власти (amendmentRestateShare)")
            : null);

        var changes = restatedBecause is null ? listed : listed.Where(c => c.Point is not null || c.Order is not null).ToList();
        var appendix = restatedBecause is null ? null : @new.Roadmap;
        var signed = AmendedOrders.Signed(old) ?? throw new ArgumentException("A draft without date and number cannot be amended.", nameof(old));
        var amends = new AmendedOrder
        {
            File = request.AmendedFile,
            Date = signed.Date,
            Number = signed.Number,
            AppendixName = old.Roadmap is null ? null : AppendixNames.Accusative(old.Roadmap.Title),
        };
        var count = changes.Count + (appendix is null ? 0 : 1);
        var file = new AmendmentFile
        {
            Authority = @new.Authority,
            Amends = amends,
            Order = new AmendmentOrder
            {
                Kind = @new.Order.Kind,
                Date = request.Date,
                Number = request.Number,
                Title = $"О внесении {(count == 1 ? "изменения" : "изменений")} в {OrderReference.Of(amends, profile).Order}",
            },
            Changes = changes,
            Parties = NewParties(old, @new, changes, appendix),
            Appendix = appendix,
        };
        return new AmendmentDraft(file, restatedBecause, leftOut.Distinct(StringComparer.Ordinal).ToList());
    }

    private abstract record Translation;

    private sealed record Listed(AmendmentChange Change) : Translation;

    private sealed record NotPrinted(string Why) : Translation;

    private sealed record Inexpressible(string Why) : Translation;

    private static Translation Translate(Change change, OrderFile old)
    {
        var target = ChangeWording.Target(change, old.Roadmap?.Columns);
        if (change.Op == ChangeOp.Add && change.New is JsonObject { } added && added["excluded"] is not null)
        {
            return new Inexpressible($"{ChangeWording.Target(change, old.Roadmap?.Columns)} добавляется уже исключённым");
        }

        return change.Unit switch
        {
            ChangeUnit.Order => OrderChange(change),
            ChangeUnit.Point => change.Field is null or "text"
                ? Fill(change, new AmendmentChange { Op = change.Op, Point = change.Number })
                : new NotPrinted($"{target}: {ChangeWording.Field(change.Field, change.Unit, [])} (не печатается)"),
            ChangeUnit.Roadmap => change.Field switch
            {
                "title" => Fill(change, new AmendmentChange { Op = change.Op, Roadmap = RoadmapTextField.Title }),
                "period" => new NotPrinted("период реализации «дорожной карты» (не печатается)"),
                null => new Inexpressible(change.Op == ChangeOp.Add ? "к приказу добавляется приложение" : "из приказа удаляется приложение"),
                _ => new Inexpressible($"меняется {ChangeWording.Field(change.Field, change.Unit, [])} приложения"),
            },
            ChangeUnit.Passport => change.Field is { } field && PassportWording.Of(field) is { } passport
                ? PassportChange(change, passport)
                : new Inexpressible(change.Op == ChangeOp.Add ? "«дорожная карта» дополняется паспортом" : "паспорт изменяется целиком"),
            ChangeUnit.Column => change.Op switch
            {
                ChangeOp.Exclude => Fill(change, new AmendmentChange { Op = ChangeOp.Exclude, Column = change.Key }),
                ChangeOp.Add => new Inexpressible($"таблица дополняется графой «{change.Key}»"),
                _ when change.Field == "title" => Fill(change, new AmendmentChange { Op = change.Op, Column = change.Key }),
                _ when change.Field == "width" => new NotPrinted($"{target}: ширина (оформление, не текст)"),
                _ => new Inexpressible($"{target}: меняется {ChangeWording.Field(change.Field ?? "?", change.Unit, [])}"),
            },
            ChangeUnit.Section => change.Field is null or "title"
                ? Fill(change, new AmendmentChange { Op = change.Op, Section = change.Number })
                : new Inexpressible($"{target}: меняется {ChangeWording.Field(change.Field, change.Unit, [])}"),
            ChangeUnit.Item => ItemChange(change, old, target),
            _ => change.Field is "name" || change.Op == ChangeOp.Restate && change.Field is null
                ? new Inexpressible($"меняется краткое наименование исполнителя «{change.Key}», которое печатается в строках таблицы")
                : new NotPrinted($"реестр исполнителей: {target} (печатаются только краткие наименования в строках)"),
        };
    }

    private static Translation OrderChange(Change change) => change.Field switch
    {
        "title" => Fill(change, new AmendmentChange { Op = change.Op, Order = OrderTextField.Title }),
        "preamble" => Fill(change, new AmendmentChange
        {
            Op = change.Old is null ? ChangeOp.Add : change.New is null ? ChangeOp.Exclude : change.Op,
            Order = OrderTextField.Preamble,
        }),
        "editions" or "authority" => new NotPrinted("сведения о редакциях и органе власти в файле (не текст приказа)"),
        { } field when Requisites.Contains(field) => new NotPrinted($"{ChangeWording.Field(field, ChangeUnit.Order, [])} подписанного приказа (реквизиты не изменяются приказом о внесении изменений)"),
        _ => new NotPrinted($"приказ: {ChangeWording.Field(change.Field ?? "?", ChangeUnit.Order, [])}"),
    };

    private static Translation PassportChange(Change change, PassportField field)
    {
        var op = change.Op == ChangeOp.ReplaceWords ? ChangeOp.ReplaceWords
            : change.Old is null ? ChangeOp.Add
            : change.New is null ? ChangeOp.Exclude
            : ChangeOp.Restate;
        return Fill(change, new AmendmentChange { Op = op, Passport = field });
    }

    private static Translation ItemChange(Change change, OrderFile old, string target)
    {
        var columns = old.Roadmap?.Columns ?? [];
        if (change.Field is { } field)
        {
            if (columns.All(column => column.Key != field))
            {
                return field is "number" or "excluded"
                    ? new Inexpressible($"{target}: меняется {ChangeWording.Field(field, change.Unit, columns)}")
                    : new NotPrinted($"{target}: {ChangeWording.Field(field, change.Unit, columns)} (не печатается)");
            }

            if (change.Op == ChangeOp.Restate && UnitJson.Text(change.New) is null)
            {
                return new Inexpressible($"{target}: графа «{field}» изложена не текстом");
            }

            return Fill(change, new AmendmentChange { Op = change.Op, Item = change.Number, Column = field });
        }

        return Fill(change, new AmendmentChange { Op = change.Op, Item = change.Number });
    }

    /// <summary>Fills a listed change's words or content from the typed change.</summary>
    private static Listed Fill(Change change, AmendmentChange amendment)
    {
        var filled = amendment.Op switch
        {
            ChangeOp.ReplaceWords => amendment with { Old = change.OldText, New = change.NewText ?? string.Empty },
            ChangeOp.Exclude => amendment,
            _ when amendment.Item is not null && amendment.Column is null => amendment with { Row = Row(change.New) },
            _ when amendment.Section is not null && change.New is JsonObject section => amendment.Op == ChangeOp.Add
                ? amendment with
                {
                    New = UnitJson.Text(section["title"]),
                    Items = [.. ((section[UnitJson.Items] as JsonArray) ?? []).Select(Row).OfType<Item>()],
                }
                : amendment with { New = UnitJson.Text(section["title"]) },
            _ when amendment.Point is not null && change.New is JsonObject point => amendment with
            {
                New = UnitJson.Text(point["text"]),
                Points = point[UnitJson.Points] is JsonArray points ? [.. points.OfType<JsonObject>().Select(UnitJson.To<Point>)] : [],
            },
            _ when change.New is JsonArray entries => amendment with { Entries = [.. entries.Select(UnitJson.Text).OfType<string>()] },
            _ => amendment with { New = change.NewText },
        };
        return new Listed(filled);
    }

    /// <summary>A row as the clerk reads it: the item's fields without its pin, id and exclusion mark (the amendment names the number).</summary>
    private static Item? Row(JsonNode? node) =>
        node is JsonObject item ? UnitJson.To<Item>(UnitJson.Without(item, "number", "id", "excluded")) : null;

    /// <summary>Parties the new rows (or the restated appendix) name whose entry the amended order lacks or has in other words.</summary>
    private static IReadOnlyDictionary<string, Party> NewParties(OrderFile old, OrderFile @new, IReadOnlyList<AmendmentChange> changes, Roadmap? appendix)
    {
        var rows = changes.SelectMany(c => c.Row is null ? c.Items : [c.Row])
            .Concat(appendix is null ? [] : appendix.Sections.SelectMany(s => s.Items).Concat(appendix.Items));
        var named = rows.SelectMany(row => row.Responsible.Concat(row.TargetGroup)).Select(party => party.Party).OfType<string>();
        var parties = new SortedDictionary<string, Party>(StringComparer.Ordinal);
        foreach (var id in named)
        {
            if (@new.Parties.TryGetValue(id, out var party) && (!old.Parties.TryGetValue(id, out var signed) || signed != party))
            {
                parties[id] = party;
            }
        }

        return parties;
    }
}
