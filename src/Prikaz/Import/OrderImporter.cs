using Prikaz.Import.Recognition;
using Prikaz.Import.Yaml;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Templating;
using Prikaz.Validation;

namespace Prikaz.Import;

/// <summary>
/// <c>prikaz import</c>: reads an existing order (DOCX or text), recognises its parts, matches its
/// authority, and writes a roadmap YAML a clerk only has to review. Throws <see cref="ImportException"/>
/// (a Russian message) for input that is not an order it can read; never anything else on bad input.
/// </summary>
public sealed class OrderImporter(TemplateFolder folder)
{
    private readonly AuthorityProfiles profiles = new(folder);

    public ImportResult Import(byte[] input, string displayName, ImportOptions options)
    {
        var document = OrderReaders.Read(input, displayName);
        var draft = OrderRecognizer.Recognise(document, options);
        var (authority, newProfile) = Authority(draft, options);
        var model = new DraftModel();
        var file = model.Build(draft, authority);

        // An imported order is a signed one: its own edition is recorded, so its numbers stay as printed.
        // A text without a date or number (a draft) has no signed edition to record.
        if (!options.Renumber && file.Order is { Date: { } date, Number: { } number })
        {
            file = file with { Editions = [new Edition { Date = date, Number = number }] };
        }

        var notes = model.Notes.Concat(document.ReaderNotes.Select(n => new ImportNote(ImportNoteKind.Recognised, string.Empty, n))).ToList();
        if (newProfile is null && profiles.Find(authority).Profile is { } profile)
        {
            file = file with { Order = OwnRequisites(draft, file.Order, profile, notes) };
        }


        var header = new List<string>
        {
            $"Импортировано командой prikaz import из «{Path.GetFileName(displayName)}» ({document.Format}).",
            "Комментарии «Угадано:» и «Проверьте:» отмечают места, где импорт выбирал сам или нашёл то, что должен решить человек; " +
            "сводка — в отчёте импорта. Удалите комментарий, когда место проверено.",
        };
        var yaml = Write(file, notes, header);
        var loaded = DocumentLoader.Parse(yaml, displayName);
        if (loaded.Model is not Model.OrderFile imported)
        {
            // The writer and the recognisers guarantee a loadable file; a failure here is a defect to report, not bad input.
            throw new InvalidOperationException("the imported YAML does not load: " + string.Join("; ", loaded.Diagnostics.Select(d => d.Message)));
        }

        var diagnostics = loaded.Diagnostics.Concat(RoadmapValidator.Validate(imported, loaded.Map, newProfile is null)).ToList();
        var located = notes.Select(n => n with { Line = n.Pointer.Length == 0 ? 0 : loaded.Map.Locate(n.Pointer).Line }).ToList();
        return new ImportResult(yaml, imported, located, diagnostics, document.Format, newProfile);
    }

    /// <summary>A place or date style the order prints otherwise than its authority's profile: kept in the order itself.</summary>
    private static Model.Order OwnRequisites(DraftOrder draft, Model.Order order, AuthorityProfile profile, List<ImportNote> notes)
    {
        if (draft.Place is { } place && PlainText.Key(place) != PlainText.Key(profile.Place ?? string.Empty))
        {
            order = order with { Place = place };
            notes.Add(new ImportNote(ImportNoteKind.Recognised, "/order/place", $"место издания «{place}» не то, что в профиле («{profile.Place}»): записано в приказ"));
        }

        if (draft.DateText is { } printed && RussianDateText.StyleOf(printed) is var style && style != profile.DateStyle)
        {
            order = order with { DateStyle = style };
            notes.Add(new ImportNote(ImportNoteKind.Recognised, "/order/dateStyle", $"дата напечатана «{printed}», не так, как в профиле: способ записи даты записан в приказ"));
        }

        return order;
    }

    private (string Id, NewProfile? Profile) Authority(DraftOrder draft, ImportOptions options)
    {
        if (options.Authority is { } requested)
        {
            if (profiles.Find(requested).Profile is null)
            {
                throw new ImportException($"нет профиля органа власти «{requested}» в {folder.DisplayRoot}/authorities; есть: {string.Join(", ", profiles.Ids())}");
            }

            draft.Recognised("authority", $"профиль органа власти задан в командной строке: {requested}");
            return (requested, null);
        }

        var known = profiles.Ids().Select(id => profiles.Find(id).Profile).OfType<AuthorityProfile>();
        if (AuthorityMatch.Find(draft, known) is { } profile)
        {
            draft.Recognised("authority", $"бланк совпал с профилем {profile.Id} («{profile.Name}»)");
            return (profile.Id, null);
        }

        var id = NewAuthorityProfile.IdFor(draft);
        draft.NeedsReview("authority", $"бланк не совпал ни с одним профилем в {folder.DisplayRoot}/authorities: составлен новый профиль {id} — проверьте его и положите в templates/authorities/{id}.yaml");
        return (id, new NewProfile(id, NewAuthorityProfile.Yaml(draft, id)));
    }

    private static string Write(Model.OrderFile file, IReadOnlyList<ImportNote> notes, IReadOnlyList<string> header)
    {
        // A first pass learns which values the writer emits, so that a note on a value that is not
        // written (an unpinned number, an empty cell) goes to its nearest written ancestor.
        var probe = new ImportYamlWriter(new Dictionary<string, IReadOnlyList<string>>());
        probe.Write(file, header);
        var comments = notes
            .Where(n => n.Kind != ImportNoteKind.Recognised && n.Pointer.Length > 0)
            .GroupBy(n => Nearest(n.Pointer, probe.Visited), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(Comment).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return new ImportYamlWriter(comments).Write(file, header);
    }

    private static string Nearest(string pointer, IReadOnlySet<string> written)
    {
        for (var current = pointer; current.Length > 0; current = current[..Math.Max(0, current.LastIndexOf('/'))])
        {
            if (written.Contains(current))
            {
                return current;
            }
        }

        return "/authority";
    }

    private static string Comment(ImportNote note) =>
        (note.Kind == ImportNoteKind.Guessed ? "Угадано: " : "Проверьте: ") + note.Message;
}
