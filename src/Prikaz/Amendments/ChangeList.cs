using Prikaz.Model;

namespace Prikaz.Amendments;

/// <summary>
/// The changes from one edition to the next, in the order of the text, named in the numbering of
/// <see cref="Signed"/>. Applying them to the old edition gives the new one exactly (<see cref="ChangeApplier"/>).
/// </summary>
/// <param name="Signed">The edition the numbers refer to: the last one the old file records; null for a file without editions.</param>
/// <param name="AddedEditions">Editions the new file records beyond the old one's: the amendment orders that make the changes.</param>
public sealed record ChangeList(Edition? Signed, IReadOnlyList<Edition> AddedEditions, IReadOnlyList<Change> Changes)
{
    public bool IsEmpty => Changes.Count == 0 && AddedEditions.Count == 0;
}
