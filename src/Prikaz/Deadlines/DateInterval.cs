namespace Prikaz.Deadlines;

/// <summary>
/// An inclusive span of days a deadline covers. A «до …» deadline has no start of its own: its
/// <see cref="From"/> is <see cref="DateOnly.MinValue"/> and <see cref="IsOpenStart"/> is true.
/// </summary>
public sealed record DateInterval(DateOnly From, DateOnly To)
{
    /// <summary>True for «до …»: the interval starts whenever the work starts.</summary>
    public bool IsOpenStart => From == DateOnly.MinValue;
}
