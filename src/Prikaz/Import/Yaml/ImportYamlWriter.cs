using System.Globalization;
using System.Text;
using Prikaz.Model;

namespace Prikaz.Import.Yaml;

/// <summary>
/// Writes an imported <see cref="OrderFile"/> in the house style of <c>roadmaps/*.yaml</c> (key order,
/// flow lists for party ids, literal blocks for text with line breaks) with a comment above every value
/// the importer guessed or a person must check. A serializer cannot place comments, hence this writer.
/// </summary>
internal sealed class ImportYamlWriter(IReadOnlyDictionary<string, IReadOnlyList<string>> comments)
{
    private const int CommentWidth = 100;

    private readonly StringBuilder yaml = new();
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);
    private string? pendingDash;

    /// <summary>Every pointer the last <see cref="Write"/> emitted a value or key for.</summary>
    public IReadOnlySet<string> Visited => visited;

    public string Write(OrderFile file, IReadOnlyList<string> header)
    {
        yaml.Append("# yaml-language-server: $schema=roadmap.schema.json\n");
        if (header.Count > 0)
        {
            yaml.Append("#\n");
            foreach (var line in header)
            {
                CommentLines(line, 0);
            }
        }

        yaml.Append('\n');
        Comments("/authority", 0);
        Scalar(0, "authority", file.Authority, "/authority");
        yaml.Append('\n');
        WriteOrder(file.Order);
        if (file.Parties.Count > 0)
        {
            yaml.Append('\n');
            Key(0, "parties", "/parties");
            foreach (var (id, party) in file.Parties)
            {
                var at = "/parties/" + id;
                Key(2, id, at);
                Scalar(4, "name", party.Name, at + "/name");
                Scalar(4, "fullName", party.FullName, at + "/fullName");
            }
        }

        if (file.Roadmap is { } roadmap)
        {
            yaml.Append('\n');
            WriteRoadmap(roadmap);
        }

        if (file.Editions.Count > 0)
        {
            yaml.Append('\n');
            CommentLines("Подписанная редакция: номера пунктов и мероприятий — как в подлиннике; меняются только приказом о внесении изменений.", 0);
            Key(0, "editions", "/editions");
            for (var i = 0; i < file.Editions.Count; i++)
            {
                var at = $"/editions/{i}";
                yaml.Append("  - date: ").Append(Date(file.Editions[i].Date)).Append('\n');
                Scalar(4, "number", file.Editions[i].Number, at + "/number");
            }
        }

        return yaml.ToString();
    }

    private void WriteOrder(Order order)
    {
        Key(0, "order", "/order");
        Scalar(2, "kind", order.Kind == OrderKind.Order ? "order" : "directive", "/order/kind");
        Scalar(2, "date", order.Date is { } date ? Date(date) : null, "/order/date", raw: true);
        Scalar(2, "number", order.Number is null ? null : YamlScalar.Quoted(order.Number), "/order/number", raw: true);
        Scalar(2, "title", order.Title, "/order/title");
        Scalar(2, "place", order.Place, "/order/place");
        Scalar(2, "dateStyle", order.DateStyle?.ToString().ToLowerInvariant(), "/order/dateStyle");
        Scalar(2, "preamble", order.Preamble, "/order/preamble", fold: true);
        if (order.Basis.Count > 0)
        {
            Key(2, "basis", "/order/basis");
            for (var i = 0; i < order.Basis.Count; i++)
            {
                var cited = order.Basis[i];
                var at = $"/order/basis/{i}";
                Dash(4, at);
                Scalar(6, "kind", cited.Kind, at + "/kind");
                Scalar(6, "issuer", cited.Issuer, at + "/issuer");
                Scalar(6, "date", Date(cited.Date), at + "/date", raw: true);
                Scalar(6, "number", cited.Number is null ? null : YamlScalar.Quoted(cited.Number), at + "/number", raw: true);
                Scalar(6, "title", cited.Title, at + "/title");
            }
        }

        Key(2, "points", "/order/points");
        Points(order.Points, 4, "/order/points");
        if (order.Signatory is { } signatory)
        {
            Key(2, "signatory", "/order/signatory");
            List(4, "position", signatory.Position, "/order/signatory/position");
            Scalar(4, "name", signatory.Name, "/order/signatory/name");
        }

        if (order.ElectronicSignature is { } esign)
        {
            Key(2, "electronicSignature", "/order/electronicSignature");
            Scalar(4, "certificate", esign.Certificate, "/order/electronicSignature/certificate");
            Scalar(4, "owner", esign.Owner, "/order/electronicSignature/owner");
            Scalar(4, "validFrom", Date(esign.ValidFrom), "/order/electronicSignature/validFrom", raw: true);
            Scalar(4, "validTo", Date(esign.ValidTo), "/order/electronicSignature/validTo", raw: true);
        }

        if (order.Executor is { } executor)
        {
            Key(2, "executor", "/order/executor");
            Scalar(4, "name", executor.Name, "/order/executor/name");
            Scalar(4, "phone", executor.Phone, "/order/executor/phone");
            Scalar(4, "position", executor.Position, "/order/executor/position");
            Scalar(4, "email", executor.Email, "/order/executor/email");
        }

        if (order.Distribution.Count > 0)
        {
            List(2, "distribution", order.Distribution, "/order/distribution");
        }
    }

    private void Points(IReadOnlyList<Point> points, int indent, string pointer)
    {
        for (var i = 0; i < points.Count; i++)
        {
            var at = $"{pointer}/{i}";
            Dash(indent, at);
            Scalar(indent + 2, "number", points[i].Number, at + "/number");
            Scalar(indent + 2, "text", points[i].Text, at + "/text", fold: true);
            if (points[i].Points.Count > 0)
            {
                Key(indent + 2, "points", at + "/points");
                Points(points[i].Points, indent + 4, at + "/points");
            }
        }
    }

    private void WriteRoadmap(Roadmap roadmap)
    {
        Key(0, "roadmap", "/roadmap");
        Scalar(2, "approval", roadmap.Approval == ApprovalKind.Stamp ? "stamp" : "appendix", "/roadmap/approval");
        Scalar(2, "title", roadmap.Title, "/roadmap/title");
        if (roadmap.Period is { } period)
        {
            Key(2, "period", "/roadmap/period");
            Scalar(4, "from", Date(period.From), "/roadmap/period/from", raw: true);
            Scalar(4, "to", Date(period.To), "/roadmap/period/to", raw: true);
        }

        if (roadmap.Passport is { } passport)
        {
            Key(2, "passport", "/roadmap/passport");
            List(4, "relevance", passport.Relevance, "/roadmap/passport/relevance", block: true);
            Scalar(4, "goal", passport.Goal, "/roadmap/passport/goal");
            List(4, "tasks", passport.Tasks, "/roadmap/passport/tasks", block: true);
            List(4, "results", passport.Results, "/roadmap/passport/results", block: true);
        }

        Key(2, "columns", "/roadmap/columns");
        for (var i = 0; i < roadmap.Columns.Count; i++)
        {
            var at = $"/roadmap/columns/{i}";
            Dash(4, at);
            Scalar(6, "key", roadmap.Columns[i].Key, at + "/key");
            Scalar(6, "title", roadmap.Columns[i].Title, at + "/title");
        }

        if (roadmap.Sections.Count > 0)
        {
            Key(2, "sections", "/roadmap/sections");
            for (var s = 0; s < roadmap.Sections.Count; s++)
            {
                var section = roadmap.Sections[s];
                var at = $"/roadmap/sections/{s}";
                if (s > 0)
                {
                    yaml.Append('\n');
                }

                Dash(4, at);
                Scalar(6, "number", section.Number, at + "/number");
                Scalar(6, "title", section.Title, at + "/title");
                Key(6, "items", at + "/items");
                Items(section.Items, 8, at + "/items");
            }
        }
        else
        {
            Key(2, "items", "/roadmap/items");
            Items(roadmap.Items, 4, "/roadmap/items");
        }
    }

    private void Items(IReadOnlyList<Item> items, int indent, string pointer)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var at = $"{pointer}/{i}";
            var inner = indent + 2;
            Dash(indent, at);
            Scalar(inner, "number", item.Number, at + "/number");
            Scalar(inner, "activity", item.Activity, at + "/activity");
            Scalar(inner, "deadline", item.Deadline?.Source, at + "/deadline");
            Parties(inner, "responsible", item.Responsible, at + "/responsible");
            Scalar(inner, "result", item.Result, at + "/result");
            Parties(inner, "targetGroup", item.TargetGroup, at + "/targetGroup");
            Scalar(inner, "notes", item.Notes, at + "/notes");
            if (item.Custom.Count > 0)
            {
                Key(inner, "custom", at + "/custom");
                foreach (var (key, value) in item.Custom.OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    Scalar(inner + 2, key, value, $"{at}/custom/{key}");
                }
            }

            if (item.Schedule.Count > 0)
            {
                Key(inner, "schedule", at + "/schedule");
                for (var r = 0; r < item.Schedule.Count; r++)
                {
                    var row = at + $"/schedule/{r}";
                    Dash(inner + 2, row);
                    Scalar(inner + 4, "activity", item.Schedule[r].Activity, row + "/activity");
                    Scalar(inner + 4, "deadline", item.Schedule[r].Deadline?.Source, row + "/deadline");
                }
            }
        }
    }

    private void Parties(int indent, string key, IReadOnlyList<PartyRef> parties, string pointer)
    {
        if (parties.Count == 0)
        {
            Comments(pointer, indent);
            return;
        }

        if (parties.All(p => p.Note is null && p.Text is null && p.Party is not null && YamlScalar.IsPlainSafe(p.Party, inFlow: true)))
        {
            Comments(pointer, indent);
            Line(indent, $"{key}: [{string.Join(", ", parties.Select(p => p.Party))}]");
            return;
        }

        Key(indent, key, pointer);
        for (var i = 0; i < parties.Count; i++)
        {
            var party = parties[i];
            var fields = new List<string>();
            if (party.Party is not null) fields.Add("party: " + YamlScalar.Inline(party.Party, inFlow: true));
            if (party.Note is not null) fields.Add("note: " + YamlScalar.Inline(party.Note, inFlow: true));
            if (party.Text is not null) fields.Add("text: " + YamlScalar.Inline(party.Text, inFlow: true));
            Comments($"{pointer}/{i}", indent + 2);
            Line(indent + 2, fields.Count == 1 && party.Party is not null ? "- " + YamlScalar.Inline(party.Party) : "- {" + string.Join(", ", fields) + "}");
        }
    }

    private void List(int indent, string key, IReadOnlyList<string> values, string pointer, bool block = false)
    {
        if (values.Count == 0)
        {
            return;
        }

        Comments(pointer, indent);
        if (!block && values.All(v => YamlScalar.IsPlainSafe(v, inFlow: true) || YamlScalar.Inline(v, inFlow: true).StartsWith('"')) && values.Sum(v => v.Length + 2) < 80 && values.All(v => !v.Contains('\n')))
        {
            Line(indent, $"{key}: [{string.Join(", ", values.Select(v => YamlScalar.Inline(v, inFlow: true)))}]");
            return;
        }

        Line(indent, key + ":");
        for (var i = 0; i < values.Count; i++)
        {
            Comments($"{pointer}/{i}", indent + 2);
            ScalarValue(indent + 2, "- ", values[i]);
        }
    }

    private void Key(int indent, string key, string pointer)
    {
        Comments(pointer, indent);
        Line(indent, key + ":");
    }

    private void Dash(int indent, string pointer)
    {
        Comments(pointer, indent);
        pendingDash = new string(' ', indent) + "- ";
    }

    private void Scalar(int indent, string key, string? value, string pointer, bool raw = false, bool fold = false)
    {
        if (value is null)
        {
            return;
        }

        Comments(pointer, indent);
        if (raw)
        {
            Line(indent, $"{key}: {value}");
            return;
        }

        if (fold && YamlScalar.Fold(value, CommentWidth - indent - 2) is { } lines)
        {
            // Long prose as the seeds write it: a folded block, each line break read back as one space.
            Line(indent, key + ": >-");
            foreach (var line in lines)
            {
                yaml.Append(' ', indent + 2).Append(line).Append('\n');
            }

            return;
        }

        ScalarValue(indent, key + ": ", value);
    }

    /// <summary>Writes <paramref name="prefix"/> (<c>key: </c> or <c>- </c>) and the value, as a block when it has line breaks.</summary>
    private void ScalarValue(int indent, string prefix, string value)
    {
        if (YamlScalar.FitsLiteralBlock(value))
        {
            Line(indent, prefix + "|-");
            var inner = new string(' ', indent + (prefix == "- " ? 4 : 2));
            foreach (var line in value.Split('\n'))
            {
                yaml.Append(line.Length == 0 ? string.Empty : inner + line).Append('\n');
            }

            return;
        }

        Line(indent, prefix + YamlScalar.Inline(value));
    }

    private void Line(int indent, string text)
    {
        if (pendingDash is not null)
        {
            yaml.Append(pendingDash).Append(text).Append('\n');
            pendingDash = null;
            return;
        }

        yaml.Append(' ', indent).Append(text).Append('\n');
    }

    private void Comments(string pointer, int indent)
    {
        visited.Add(pointer);
        if (!comments.TryGetValue(pointer, out var lines))
        {
            return;
        }

        // A comment cannot stand between «- » and its first key: it goes above the dash.
        var at = pendingDash?.Length - 2 ?? indent;
        var dash = pendingDash;
        pendingDash = null;
        foreach (var line in lines)
        {
            CommentLines(line, at);
        }

        pendingDash = dash;
    }

    private void CommentLines(string text, int indent)
    {
        var words = text.Replace('\n', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = new StringBuilder();
        foreach (var word in words)
        {
            if (line.Length > 0 && indent + 2 + line.Length + 1 + word.Length > CommentWidth)
            {
                yaml.Append(' ', indent).Append("# ").Append(line).Append('\n');
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        yaml.Append(' ', indent).Append('#').Append(line.Length > 0 ? " " + line : string.Empty).Append('\n');
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
