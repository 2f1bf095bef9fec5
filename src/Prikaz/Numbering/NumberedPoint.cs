using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>A point of the order with its printed number («3», «3.1»), its place in the YAML and its sub-points.</summary>
/// <param name="Pointer">JSON Pointer of the point, e.g. <c>/order/points/2/points/0</c>.</param>
public sealed record NumberedPoint(Point Point, string Number, string Pointer, IReadOnlyList<NumberedPoint> Points)
{
    /// <summary>True when <see cref="Number"/> was pinned by the author rather than derived.</summary>
    public bool IsPinned => Point.Number is not null;
}
