using System.Text.Encodings.Web;
using System.Text.Json;
using Prikaz.Diagnostics;

namespace Prikaz.Import;

/// <summary>
/// The review report of an import: what was recognised, what was guessed (each has a comment in the
/// YAML) and what needs a person, each with its line in the YAML; as text for stderr or as JSON.
/// </summary>
public static class ImportReport
{
    public static void WriteText(ImportResult result, string input, string output, TextWriter writer)
    {
        writer.WriteLine($"Импорт {input} ({result.Format}) → {output}");
        Section(writer, "Распознано", result.Notes.Where(n => n.Kind == ImportNoteKind.Recognised).ToList(), output);
        Section(writer, "Угадано (в YAML есть комментарий «Угадано:»)", result.Notes.Where(n => n.Kind == ImportNoteKind.Guessed).ToList(), output);
        Section(writer, "Требует проверки человеком (комментарий «Проверьте:»)", result.Notes.Where(n => n.Kind == ImportNoteKind.NeedsReview).ToList(), output);
        var share = ReviewShare.Of(result);
        writer.WriteLine($"Ячеек таблицы: {share.Cells}, из них отмечено для проверки: {share.ToReview} ({(share.Share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} %).");
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        writer.WriteLine($"Проверка YAML: ошибок {errors}, предупреждений {warnings}.");
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteLine($"  {output}:{diagnostic.Line}:{diagnostic.Column}: {(diagnostic.Severity == Severity.Error ? "error" : "warning")} {diagnostic.Code}: {diagnostic.Message}");
        }

        if (result.NewProfile is { } profile)
        {
            writer.WriteLine($"Новый профиль органа власти: {profile.Id} — проверьте и положите в templates/authorities/{profile.Id}.yaml.");
        }
    }

    public static void WriteJson(ImportResult result, string input, string output, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("input", input);
            json.WriteString("format", result.Format);
            json.WriteString("output", output);
            Notes(json, "recognised", result.Notes.Where(n => n.Kind == ImportNoteKind.Recognised));
            Notes(json, "guessed", result.Notes.Where(n => n.Kind == ImportNoteKind.Guessed));
            Notes(json, "needsReview", result.Notes.Where(n => n.Kind == ImportNoteKind.NeedsReview));
            var share = ReviewShare.Of(result);
            json.WriteNumber("tableCells", share.Cells);
            json.WriteNumber("cellsToReview", share.ToReview);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
                json.WriteNumber("line", diagnostic.Line);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (result.NewProfile is { } profile)
            {
                json.WriteString("newProfile", profile.Id);
            }

            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Section(TextWriter writer, string title, IReadOnlyList<ImportNote> notes, string output)
    {
        writer.WriteLine($"{title}: {notes.Count}");
        foreach (var note in notes)
        {
            var line = note.Line > 0 ? $"{output}:{note.Line}: " : string.Empty;
            var where = note.Where is null ? string.Empty : $" [{note.Where}]";
            writer.WriteLine($"  {line}{note.Message}{where}");
        }
    }

    private static void Notes(Utf8JsonWriter json, string name, IEnumerable<ImportNote> notes)
    {
        json.WriteStartArray(name);
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteNumber("line", note.Line);
            json.WriteString("pointer", note.Pointer);
            json.WriteString("message", note.Message);
            if (note.Where is not null)
            {
                json.WriteString("source", note.Where);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
