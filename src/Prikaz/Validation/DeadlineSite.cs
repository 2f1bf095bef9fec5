using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Validation;

/// <summary>A deadline written in a roadmap: of an item itself or of one row of its schedule, with that roadmap's period.</summary>
internal sealed record DeadlineSite(Deadline Deadline, string Pointer, NumberedItem Item, Period? Period);
