namespace Prikaz.Documents;

/// <summary>
/// Who made the tracked changes of a redline and when: a fixed name and the date of the order that
/// makes the changes, never the clock, so the same editions give the same bytes.
/// </summary>
public sealed record RevisionAuthor(string Name, DateOnly Date);
