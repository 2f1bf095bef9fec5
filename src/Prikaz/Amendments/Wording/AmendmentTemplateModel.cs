using Prikaz.Amendments.Files;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Orders;
using Prikaz.Profiles;
using Prikaz.Templating;
using Scriban.Runtime;

namespace Prikaz.Amendments.Wording;

/// <summary>
/// The plain object tree <c>amendment.sbn</c> sees: the shared <c>order</c>, <c>authority</c> and
/// <c>layout</c> of the amendment's own requisites, <c>amendment</c> (the intro and the numbered
/// entries with their punctuation, restated rows as cells in the amended roadmap's columns) and, when
/// the appendix is restated, <c>roadmap</c> — the new edition as the order's appendix, stamped
/// «Приложение к приказу … от <i>this order</i>» over the quoted stamp of the amended order.
/// </summary>
internal static class AmendmentTemplateModel
{
    public static ScriptObject Build(AmendmentFile amendment, OrderFile amended, AuthorityProfile profile)
    {
        var globals = RequisitesModel.Globals(amendment.Order, profile);
        var order = (ScriptObject)globals["order"]!;
        var formulas = new AmendmentFormulas(amendment, amended, profile);
        var entries = formulas.Entries();
        order["preamble"] = OrderTemplateModel.Paragraphs(amendment.Order.Preamble);
        order["points"] = amendment.Order.Points.Select((point, i) => Point(point, (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), $"/order/points/{i}")).ToList();

        var withParties = AmendedOrders.WithAppendix(amended, amendment, amended.Roadmap ?? EmptyRoadmap);
        var cells = new RoadmapCells(withParties.Roadmap!, withParties.Parties, profile);
        var built = entries.Select((entry, k) => Entry(entry, Marker(k, entries.Count), k == entries.Count - 1 ? "." : ";", cells, profile)).ToList();

        // One set of widths for every restated row of the order, so its tables line up.
        var tables = built.Select(entry => entry["rows"]).OfType<ScriptObject>().ToList();
        var rows = tables.SelectMany(table => (List<ScriptObject>)table["rows"]!)
            .Select(row => (IReadOnlyList<string>)[.. ((List<ScriptObject>)row["cells"]!).Select(cell => (string)cell["text"]!)]);
        var widths = amended.Roadmap is null ? string.Empty : RowWidths.Fit(amended.Roadmap.Columns, profile, [.. rows]);
        foreach (var table in tables)
        {
            table["widths"] = widths;
        }

        globals["amendment"] = new ScriptObject
        {
            ["intro"] = formulas.Intro(),
            ["numbered"] = amendment.Order.Points.Count > 0,
            ["entries"] = built,
            ["columns"] = amended.Roadmap?.Columns.Count ?? 0,
        };
        globals["appendices"] = amendment.Appendix is { } appendix ? new List<ScriptObject> { Appendix(amendment, amended, appendix, profile) } : [];
        return globals;
    }

    private static readonly Roadmap EmptyRoadmap = new() { Title = string.Empty, Columns = [] };

    private static string Marker(int index, int count) =>
        count == 1 ? string.Empty : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ") ";

    /// <summary>
    /// An entry: its text with the marker and, when nothing follows, its final «;» or «.»; rows and
    /// quoted paragraphs follow in «ёлочки», and the punctuation closes the quotation: «…»;».
    /// </summary>
    private static ScriptObject Entry(Formula formula, string marker, string ending, RoadmapCells cells, AuthorityProfile profile)
    {
        var quoted = formula.Quoted.ToList();
        if (quoted.Count > 0)
        {
            quoted[0] = "«" + quoted[0];
            quoted[^1] += "»" + ending;
        }

        return new ScriptObject
        {
            ["text"] = marker + formula.Text + (formula.HasBlock ? string.Empty : ending),
            ["pointer"] = formula.Source,
            ["rows"] = formula.Rows.Count == 0 ? null : new ScriptObject
            {
                ["widths"] = string.Empty,
                ["rows"] = formula.Rows.Select(row => Row(row, formula.Source + "/" + row.Member, cells, profile)).ToList(),
                ["closing"] = "»" + ending,
            },
            ["quoted"] = quoted,
        };
    }

    private static ScriptObject Row(FormulaRow row, string pointer, RoadmapCells cells, AuthorityProfile profile)
    {
        if (row.Item is null)
        {
            return new ScriptObject
            {
                ["kind"] = "section",
                ["number"] = OrderTemplateModel.ItemNumber(row.Number, profile),
                ["title"] = row.SectionTitle,
                ["pointer"] = pointer,
            };
        }

        var item = cells.Build(new NumberedItem(row.Item, row.Number, pointer));
        item["kind"] = "item";
        return item;
    }

    // As the order's points (partials/point.sbn): the point, then all its sub-points (and theirs) in reading order.
    private static ScriptObject Point(Point point, string number, string pointer)
    {
        var model = PointLine(point, number, pointer);
        model["points"] = SubPoints(point, number, pointer).ToList();
        return model;
    }

    private static IEnumerable<ScriptObject> SubPoints(Point point, string number, string pointer) =>
        point.Points.SelectMany((sub, j) =>
        {
            var (subNumber, subPointer) = ($"{number}.{j + 1}", $"{pointer}/points/{j}");
            return SubPoints(sub, subNumber, subPointer).Prepend(PointLine(sub, subNumber, subPointer));
        });

    private static ScriptObject PointLine(Point point, string number, string pointer) => new()
    {
        ["number"] = (point.Number is { } pinned ? PinnedNumber.Normalize(pinned) : number) + ".",
        ["text"] = point.Text,
        ["pointer"] = pointer,
        ["table"] = null,
    };

    /// <summary>The new edition of the appendix, as the amended order's appendix would print it, under this order's appendix mark.</summary>
    private static ScriptObject Appendix(AmendmentFile amendment, OrderFile amended, Roadmap appendix, AuthorityProfile profile)
    {
        var restated = AmendedOrders.WithAppendix(amended, amendment, appendix);
        var model = OrderTemplateModel.BuildAppendix(AppendixNumbering.Of(restated)[0], restated, profile, measure: null);
        var signed = new Requisites
        {
            Date = amendment.Amends.Date,
            Number = amendment.Amends.Number,
            Title = amended.Order.Title,
            DateStyle = amended.Order.DateStyle,
            StampDateStyle = amended.Order.StampDateStyle,
        };
        var signedHeading = (ScriptObject)RequisitesModel.Globals(signed, profile)["order"]!;

        // The appendix of this order («Приложение к приказу … от <this order>»), over the amended order's
        // own stamp in quotes: the edition it restates is still the one that order approved.
        Repoint(model, "/roadmap", "/appendix");
        model["mark"] = null;
        model["stamp_word"] = "Приложение";
        model["stamp_issuer"] = profile.AppendixTo;
        model["edition_note"] = null;
        model["restated_stamp"] = new ScriptObject
        {
            ["word"] = "«" + (appendix.Approval == ApprovalKind.Stamp ? OrderTemplateModel.ApprovalWord(GrammaticalGender.Feminine, profile) : "Приложение"),
            ["issuer"] = appendix.Approval == ApprovalKind.Stamp ? profile.ApprovedBy : profile.AppendixTo,
            ["date_text"] = signedHeading["stamp_date_text"],
            ["number"] = amendment.Amends.Number + "»",
        };
        return model;
    }

    /// <summary>The restated appendix stands under <c>/appendix</c> of the amendment file, not under <c>/roadmap</c>: every pointer moves there.</summary>
    private static void Repoint(object? node, string from, string to)
    {
        switch (node)
        {
            case ScriptObject obj:
                foreach (var key in obj.Keys.ToList())
                {
                    if (key.EndsWith("pointer", StringComparison.Ordinal) && obj[key] is string pointer && pointer.StartsWith(from, StringComparison.Ordinal))
                    {
                        obj[key] = to + pointer[from.Length..];
                    }
                    else
                    {
                        Repoint(obj[key], from, to);
                    }
                }

                break;
            case System.Collections.IEnumerable list and not string:
                foreach (var element in list)
                {
                    Repoint(element, from, to);
                }

                break;
        }
    }
}
