using Prikaz.Model;

namespace Prikaz.Amendments;

/// <summary>
/// Two editions compared: the change list, and what breaks the signed numbering. Every finding is an
/// error: the changes are still listed exactly, but they cannot be made by an amendment order.
/// </summary>
public sealed record EditionComparison(OrderFile Old, OrderFile New, ChangeList Changes, IReadOnlyList<EditionFinding> Findings);
