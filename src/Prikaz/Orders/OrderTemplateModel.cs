using System.Globalization;
using ITextMeasure = Prikaz.Documents.ITextMeasure;
using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Profiles;
using Prikaz.Russian;
using Prikaz.Templating;
using Scriban.Runtime;

namespace Prikaz.Orders;

/// <summary>
/// Builds the plain object tree the order templates see (<c>order</c>, <c>authority</c>, <c>layout</c>,
/// <c>appendices</c>) from a validated order and its authority profile. Everything that needs domain
/// knowledge — numbers, party names, the grif's words, cell spans, column widths — is decided here, so
/// templates only arrange it. Points, appendices, sections, items, schedule rows and cells carry the JSON
/// Pointer of what they show in the file (<c>pointer</c>), which the templates pass on as the markup's <c>source</c>.
/// </summary>
internal static class OrderTemplateModel
{
    public static ScriptObject Build(OrderFile file, AuthorityProfile profile, ITextMeasure? measure)
    {
        var globals = RequisitesModel.Globals(file.Order, profile);
        var order = (ScriptObject)globals["order"]!;
        order["preamble"] = Paragraphs(file.Order.Preamble);
        order["points"] = OrderNumbering.Of(file.Order).Points.Select(point => BuildPoint(point, profile, measure)).ToList();
        globals["appendices"] = AppendixNumbering.Of(file).Select(appendix => BuildAppendix(appendix, file, profile, measure)).ToList();
        return globals;
    }

    // A point with all its sub-points (and theirs) in reading order, each with its printed number:
    // «3.1.», or «1)» and «а)» where the point numbers its sub-points so.
    private static ScriptObject BuildPoint(NumberedPoint point, AuthorityProfile profile, ITextMeasure? measure)
    {
        var model = PointLine(point, profile, measure);
        model["points"] = Kept(point).SelectMany(Descendants).Select(sub => PointLine(sub, profile, measure)).ToList();
        return model;
    }

    // A point's table stands in the order's own portrait pages. The consolidated edition prints an
    // excluded point as its number and the mark, as a legal database does, without its table.
    private static ScriptObject PointLine(NumberedPoint point, AuthorityProfile profile, ITextMeasure? measure) => new()
    {
        ["number"] = point.Printed,
        ["text"] = point.Point.Excluded is { } excluded ? ExcludedMark(excluded, profile) : point.Point.Text,
        ["pointer"] = point.Pointer,
        ["table"] = point.Point is { Table: { } table, Excluded: null } ? BuildTable(table, point.Pointer + "/table", profile, landscape: false, measure) : null,
    };

    private static IEnumerable<NumberedPoint> Descendants(NumberedPoint point) => Kept(point).SelectMany(Descendants).Prepend(point);

    // The sub-points of an excluded point went with it.
    private static IReadOnlyList<NumberedPoint> Kept(NumberedPoint point) => point.Point.Excluded is null ? point.Points : [];

    /// <summary>
    /// One appendix; in the consolidated edition of a file with editions, with «(в редакции приказа …)»
    /// under its title (the editions are the file's: each appendix says which orders its text follows)
    /// and its excluded units marked.
    /// </summary>
    internal static ScriptObject BuildAppendix(NumberedAppendix numbered, OrderFile file, AuthorityProfile profile, ITextMeasure? measure)
    {
        var appendix = numbered.Appendix;
        var landscape = AppendixPages.IsLandscape(appendix, profile);
        var approval = appendix.Approval ?? appendix.Roadmap?.Approval ?? ApprovalKind.Stamp;
        var label = numbered.IsNumbered ? "Приложение №" + Typography.NoBreakSpace + numbered.Number.ToString(CultureInfo.InvariantCulture) : "Приложение";
        var gender = appendix.Gender ?? (appendix.Roadmap is not null ? GrammaticalGender.Feminine : GrammaticalGender.Masculine);
        var model = new ScriptObject
        {
            ["number"] = numbered.Number,
            ["pointer"] = numbered.Pointer,
            ["label"] = label,
            ["orientation"] = landscape ? "landscape" : "portrait",
            ["mark"] = approval == ApprovalKind.Stamp && numbered.IsNumbered ? label : null,
            ["stamp_word"] = approval == ApprovalKind.Stamp ? ApprovalWord(gender, profile) : label,
            ["stamp_issuer"] = approval == ApprovalKind.Stamp ? profile.ApprovedBy : profile.AppendixTo,
            ["edition_note"] = EditionNote(file.Editions),

            // Only the restated appendix of an amendment order carries the amended order's stamp in quotes.
            ["restated_stamp"] = null,
            ["roadmap"] = null,
            ["table"] = null,
            ["list"] = null,
        };
        if (appendix.Roadmap is { } roadmap)
        {
            model["title"] = roadmap.Title;
            model["title_pointer"] = numbered.RoadmapPointer + "/title";
            model["roadmap"] = BuildRoadmap(roadmap, numbered.RoadmapPointer, file, profile, landscape, measure);
        }
        else if (appendix.Table is { } table)
        {
            model["title"] = Typography.Apply(table.Title ?? string.Empty);
            model["title_pointer"] = numbered.Pointer + "/table/title";
            model["table"] = BuildTable(table with { Title = null }, numbered.Pointer + "/table", profile, landscape, measure);
        }
        else if (appendix.List is { } list)
        {
            model["title"] = Typography.Apply(list.Title);
            model["title_pointer"] = numbered.Pointer + "/list/title";
            model["list"] = BuildList(list, numbered.Pointer + "/list");
        }

        return model;
    }

    // ГОСТ Р 7.0.97-2016, 5.26: the participle agrees with the appendix's name («УТВЕРЖДЕН план», «УТВЕРЖДЕНА программа»).
    internal static string ApprovalWord(GrammaticalGender gender, AuthorityProfile profile)
    {
        var word = "утвержден" + gender switch
        {
            GrammaticalGender.Feminine => "а",
            GrammaticalGender.Neuter => "о",
            GrammaticalGender.Plural => "ы",
            _ => string.Empty,
        };
        return profile.ApprovalWordCapitals ? word.ToUpperInvariant() : char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static ScriptObject BuildRoadmap(Roadmap roadmap, string pointer, OrderFile file, AuthorityProfile profile, bool landscape, ITextMeasure? measure)
    {
        var numbering = RoadmapNumbering.Of(roadmap, pointer);
        var widths = TableWidths.Roadmap(roadmap, pointer, file.Parties, profile, landscape, measure).Widths;
        var cells = new RoadmapCells(roadmap, file.Parties, profile);

        // Section titles go to the template as written: the template typesets them (ru.typo), once.
        // An excluded section is its row with the mark, without its items.
        var sections = numbering.Sections
            .Select(section => new ScriptObject
            {
                ["number"] = ItemNumber(section.Number, profile),
                ["title"] = section.Section.Excluded is { } excluded ? ExcludedMark(excluded, profile) : section.Section.Title,
                ["pointer"] = section.Pointer,
                ["items"] = section.Section.Excluded is null ? section.Items.Select(cells.Build).ToList() : [],
            })
            .ToList();
        if (numbering.Items.Count > 0)
        {
            sections.Add(new ScriptObject
            {
                ["number"] = string.Empty,
                ["title"] = null,
                ["pointer"] = pointer,
                ["items"] = numbering.Items.Select(cells.Build).ToList(),
            });
        }

        return new ScriptObject
        {
            ["title"] = roadmap.Title,
            ["columns"] = roadmap.Columns.Select(c => new ScriptObject { ["key"] = c.Key, ["title"] = c.Title }).ToList(),
            ["widths"] = RequisitesModel.Millimetres([.. widths]),
            ["sections"] = sections,
            ["passport"] = roadmap.Passport is null ? null : PassportRows.Build(roadmap.Passport, widths.Sum()),
        };
    }

    /// <summary>
    /// «(в редакции приказа от 15.10.2020 № 01/2237)», «(в редакции приказов от …, от …)» under the title
    /// of a consolidated edition: the amendment orders after the approving one; null when there are none.
    /// </summary>
    private static string? EditionNote(IReadOnlyList<Edition> editions)
    {
        var amendments = editions.Skip(1).Select(EditionNames.Requisites).ToList();
        return amendments.Count switch
        {
            0 => null,
            1 => Typography.Apply($"(в редакции приказа {amendments[0]})"),
            _ => Typography.Apply($"(в редакции приказов {string.Join(", ", amendments)})"),
        };
    }

    /// <summary>«Исключён. – Приказ от 15.10.2020 № 01/2237», in the profile's words.</summary>
    internal static string ExcludedMark(Edition excluded, AuthorityProfile profile) => Typography.Apply(profile.ExcludedMark
        .Replace("{date}", RussianDates.Numeric(excluded.Date), StringComparison.Ordinal)
        .Replace("{number}", excluded.Number, StringComparison.Ordinal));

    // Rows carry the pointer of their YAML entry: a group's rows sit under «groups/N/rows», the rows without a group under «rows».
    private static ScriptObject BuildTable(PlainTable table, string pointer, AuthorityProfile profile, bool landscape, ITextMeasure? measure) => new()
    {
        ["title"] = table.Title is null ? null : Typography.Apply(table.Title),
        ["columns"] = table.Columns.Select(c => new ScriptObject { ["key"] = c.Key, ["title"] = c.Title }).ToList(),
        ["widths"] = RequisitesModel.Millimetres([.. TableWidths.Plain(table, profile, landscape, measure).Widths]),
        ["groups"] = PlainTableRows.Of(table, profile)
            .Select((group, index) =>
            {
                var rows = index < table.Groups.Count ? JsonPointer.Index(pointer + "/groups", index) + "/rows" : pointer + "/rows";
                return new ScriptObject
                {
                    ["title"] = group.Title,
                    ["pointer"] = index < table.Groups.Count ? JsonPointer.Index(pointer + "/groups", index) : pointer,
                    ["rows"] = group.Rows.Select((row, place) => new ScriptObject { ["cells"] = row.ToList(), ["pointer"] = JsonPointer.Index(rows, place) }).ToList(),
                };
            })
            .ToList(),
    };

    // Entries numbered «1.», «2.» … through all groups when the list is numbered; each with the pointer of its YAML line.
    private static ScriptObject BuildList(AppendixList list, string pointer)
    {
        var place = 0;
        ScriptObject Entry(string text, string entries, int index) => new()
        {
            ["number"] = list.Numbered ? (++place).ToString(CultureInfo.InvariantCulture) + "." : null,
            ["text"] = text,
            ["pointer"] = JsonPointer.Index(entries, index),
        };

        var groups = list.Groups
            .Select((group, g) =>
            {
                var groupPointer = JsonPointer.Index(pointer + "/groups", g);
                return new ScriptObject
                {
                    ["title"] = group.Title,
                    ["pointer"] = groupPointer,
                    ["entries"] = group.Entries.Select((entry, e) => Entry(entry, groupPointer + "/entries", e)).ToList(),
                };
            })
            .ToList();
        if (list.Entries.Count > 0)
        {
            groups.Add(new ScriptObject { ["title"] = null, ["pointer"] = pointer, ["entries"] = list.Entries.Select((entry, e) => Entry(entry, pointer + "/entries", e)).ToList() });
        }

        return new ScriptObject { ["groups"] = groups };
    }

    internal static string ItemNumber(string number, AuthorityProfile profile) =>
        PinnedNumber.Normalize(number) + (profile.ItemNumberTrailingDot ? "." : string.Empty);

    internal static List<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(paragraph => paragraph.Replace('\n', ' '))
                .ToList();
}
