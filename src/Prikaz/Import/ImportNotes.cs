namespace Prikaz.Import;

/// <summary>The notes gathered while recognising one input, in the order they were made.</summary>
internal sealed class ImportNotes
{
    private readonly List<ImportNote> notes = [];

    public IReadOnlyList<ImportNote> All => notes;

    public void Recognised(string pointer, string message, string? where = null) =>
        notes.Add(new ImportNote(ImportNoteKind.Recognised, pointer, message, where));

    public void Guessed(string pointer, string message, string? where = null) =>
        notes.Add(new ImportNote(ImportNoteKind.Guessed, pointer, message, where));

    public void NeedsReview(string pointer, string message, string? where = null) =>
        notes.Add(new ImportNote(ImportNoteKind.NeedsReview, pointer, message, where));
}
