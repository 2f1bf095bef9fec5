using System.Globalization;
using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>
/// The numbers of the order's points («1», «2») and sub-points («3.1»), derived from their order unless
/// the author pinned them to reproduce a signed order.
/// </summary>
public sealed record OrderNumbering(IReadOnlyList<NumberedPoint> Points)
{
    /// <summary>Every point and sub-point, depth first, in reading order.</summary>
    public IEnumerable<NumberedPoint> AllPoints => Points.SelectMany(Flatten);

    /// <summary>Numbers the points of <paramref name="order"/>.</summary>
    public static OrderNumbering Of(Order order) => new(NumberPoints(order.Points, string.Empty, "/order"));

    private static List<NumberedPoint> NumberPoints(IReadOnlyList<Point> points, string prefix, string parentPointer) =>
        points.Select((point, i) =>
        {
            var pointer = string.Create(CultureInfo.InvariantCulture, $"{parentPointer}/points/{i}");
            var number = point.Number is { } pinned ? PinnedNumber.Normalize(pinned) : string.Create(CultureInfo.InvariantCulture, $"{prefix}{i + 1}");
            return new NumberedPoint(point, number, pointer, NumberPoints(point.Points, number + ".", pointer));
        }).ToList();

    private static IEnumerable<NumberedPoint> Flatten(NumberedPoint point) => point.Points.SelectMany(Flatten).Prepend(point);
}
