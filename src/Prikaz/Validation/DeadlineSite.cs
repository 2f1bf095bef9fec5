using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Validation;

/// <summary>A deadline written in the roadmap: of an item itself or of one row of its schedule.</summary>
internal sealed record DeadlineSite(Deadline Deadline, string Pointer, NumberedItem Item);
