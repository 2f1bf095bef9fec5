using Prikaz.Deadlines;
using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>
/// Turns the finished draft into the immutable <see cref="OrderFile"/> and gives every note the JSON
/// Pointer of the value it belongs to in the YAML that will be written.
/// </summary>
internal sealed class DraftModel
{
    private readonly List<ImportNote> notes = [];

    public IReadOnlyList<ImportNote> Notes => notes;

    public OrderFile Build(DraftOrder draft, string authority)
    {
        Attach(draft, "/order", static field => field switch
        {
            "parties" => "/parties",
            null => "/order",
            _ => "/order/" + field,
        });
        Attach(draft.PreambleNode, "/order/preamble");
        var basis = draft.Basis.Select((cited, i) =>
        {
            Attach(cited, $"/order/basis/{i}");
            return cited.Document;
        }).ToList();
        var order = new Order
        {
            Kind = draft.Kind,
            Date = draft.Date!.Value,
            Number = draft.Number!,
            Title = draft.Title!,
            Preamble = draft.Preamble.Count == 0 ? null : string.Join("\n\n", draft.Preamble),
            Basis = basis,
            Points = Points(draft.Points, "/order/points"),
            Signatory = draft.SignatoryName is null ? null : new Signatory { Position = draft.SignatoryPosition.ToList(), Name = draft.SignatoryName },
            ElectronicSignature = draft.ElectronicSignature,
            Executor = draft.Executor,
            Distribution = draft.Distribution.ToList(),
        };

        var parties = new Dictionary<string, Party>(StringComparer.Ordinal);
        foreach (var party in draft.Parties)
        {
            parties[party.Id] = new Party { Name = party.Name, FullName = party.FullName };
            Attach(party, "/parties/" + party.Id);
        }

        return new OrderFile { Authority = authority, Order = order, Parties = parties, Roadmap = Roadmap(draft.Roadmap!) };
    }

    private List<Point> Points(List<DraftPoint> points, string pointer) =>
        points.Select((point, i) =>
        {
            var at = $"{pointer}/{i}";
            Attach(point, at);
            return new Point { Number = point.Pinned, Text = point.Text, Points = Points(point.Points, at + "/points") };
        }).ToList();

    private Roadmap Roadmap(DraftRoadmap draft)
    {
        Attach(draft, "/roadmap");
        var keys = draft.Columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var sections = draft.Sections.Select((section, i) =>
        {
            var at = $"/roadmap/sections/{i}";
            Attach(section, at);
            return new Section { Number = section.Pinned, Title = section.Title, Items = Items(section.Items, at + "/items", keys) };
        }).ToList();
        return new Roadmap
        {
            Approval = draft.Approval,
            Title = draft.Title!,
            Period = draft.Period,
            Passport = draft.Passport,
            Columns = draft.Columns.ToList(),
            Sections = sections,
            Items = Items(draft.Items, "/roadmap/items", keys),
        };
    }

    private List<Item> Items(List<DraftItem> items, string pointer, IReadOnlySet<string> keys) =>
        items.Select((item, i) =>
        {
            var at = $"{pointer}/{i}";
            var deadline = Deadline(item, item.Cells.GetValueOrDefault("deadline"), "deadline");
            var schedule = item.Schedule.Select((row, r) =>
            {
                Attach(row, $"{at}/schedule/{r}");
                return new ScheduleRow { Activity = row.Activity, Deadline = Deadline(item, row.Deadline, "schedule") };
            }).ToList();
            var custom = item.Cells.Where(c => !Column.BuiltInKeys.Contains(c.Key) && keys.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
            Attach(item, at);
            return new Item
            {
                Number = item.Pinned,
                Activity = item.Cell("activity"),
                Deadline = deadline,
                Responsible = item.Responsible.ToList(),
                Result = item.Cells.GetValueOrDefault("result"),
                TargetGroup = item.TargetGroup.ToList(),
                Custom = custom,
                Schedule = schedule,
            };
        }).ToList();

    private static Deadline? Deadline(DraftItem item, string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var deadline = DeadlineParser.Parse([PlainText.OneLine(text)]);
        if (deadline.IsFreeText)
        {
            item.Guessed(field, $"срок «{deadline.Source}» не распознан как дата, месяц, квартал или год: оставлен текстом, проверка его не сверяет");
        }

        return deadline;
    }

    private void Attach(DraftNode node, string pointer, Func<string?, string>? fields = null)
    {
        foreach (var note in node.Notes)
        {
            var at = fields is not null ? fields(note.Field) : note.Field is null ? pointer : pointer + "/" + note.Field;
            notes.Add(new ImportNote(note.Kind, at, note.Message, note.Where));
        }
    }
}
