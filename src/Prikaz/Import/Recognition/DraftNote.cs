namespace Prikaz.Import.Recognition;

/// <summary>A note attached to a draft node; <see cref="Field"/> names the key under it, null for the node itself.</summary>
internal sealed record DraftNote(ImportNoteKind Kind, string? Field, string Message, string? Where);
