namespace Prikaz.Documents;

/// <summary>
/// The executor mark (отметка об исполнителе) at the bottom of the order, from the left border, in a
/// smaller font: full name and phone, optionally position, unit and e-mail.
/// </summary>
/// <param name="Lines">The lines of the mark.</param>
public sealed record ExecutorMark(IReadOnlyList<string> Lines) : Block;
