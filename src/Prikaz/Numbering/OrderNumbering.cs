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

    private static List<NumberedPoint> NumberPoints(IReadOnlyList<Point> points, string prefix, string parentPointer)
    {
        // A pinned sub-number (a point an amendment inserted as «3.1» between 3 and 4) takes no place.
        var numbered = new List<NumberedPoint>(points.Count);
        var place = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var pinned = point.Number is { } given ? PinnedNumber.Normalize(given) : null;
            if (pinned is null || !PinnedNumber.IsSubNumber(pinned, prefix))
            {
                place++;
            }

            var pointer = string.Create(CultureInfo.InvariantCulture, $"{parentPointer}/points/{i}");
            var number = pinned ?? string.Create(CultureInfo.InvariantCulture, $"{prefix}{place}");
            numbered.Add(new NumberedPoint(point, number, pointer, NumberPoints(point.Points, number + ".", pointer)));
        }

        return numbered;
    }

    private static IEnumerable<NumberedPoint> Flatten(NumberedPoint point) => point.Points.SelectMany(Flatten).Prepend(point);
}
