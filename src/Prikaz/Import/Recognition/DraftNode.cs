namespace Prikaz.Import.Recognition;

/// <summary>A node of the draft that can carry notes until its place in the YAML is known.</summary>
internal abstract class DraftNode
{
    public List<DraftNote> Notes { get; } = [];

    public void Recognised(string? field, string message, string? where = null) => Notes.Add(new DraftNote(ImportNoteKind.Recognised, field, message, where));

    public void Guessed(string? field, string message, string? where = null) => Notes.Add(new DraftNote(ImportNoteKind.Guessed, field, message, where));

    public void NeedsReview(string? field, string message, string? where = null) => Notes.Add(new DraftNote(ImportNoteKind.NeedsReview, field, message, where));
}
