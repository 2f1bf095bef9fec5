using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>A point of the order with its number («3», «3.1», «1)», «а)»), its place in the YAML and its sub-points.</summary>
/// <param name="Pointer">JSON Pointer of the point, e.g. <c>/order/points/2/points/0</c>.</param>
/// <param name="Style">How the point itself is numbered: nested («3.1») or a marker of its parent's numbering («1)»).</param>
public sealed record NumberedPoint(Point Point, string Number, string Pointer, IReadOnlyList<NumberedPoint> Points, SubpointNumbering Style = SubpointNumbering.Nested)
{
    /// <summary>True when <see cref="Number"/> was pinned by the author rather than derived.</summary>
    public bool IsPinned => Point.Number is not null;

    /// <summary>The number as printed before the text: «3.1.» for a nested number, the marker «1)» as it is.</summary>
    public string Printed => Style == SubpointNumbering.Nested ? Number + "." : Number;

    /// <summary>How the sub-points of this point are numbered (<see cref="OrderNumbering"/> decides).</summary>
    public SubpointNumbering SubpointStyle => OrderNumbering.StyleOfSubpoints(this);
}
