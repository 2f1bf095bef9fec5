namespace Prikaz.Import;

/// <summary>
/// One finding of the import: what was recognised, guessed or needs a person, at which value of the
/// written YAML (<see cref="Pointer"/>, a JSON Pointer) and where it came from in the input.
/// </summary>
public sealed record ImportNote(ImportNoteKind Kind, string Pointer, string Message, string? Where = null)
{
    /// <summary>The line of the written YAML the note belongs to; 0 until the YAML is written.</summary>
    public int Line { get; init; }
}
