using System.Globalization;
using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>
/// The numbers of the order's points («1», «2») and sub-points («3.1», or «1)», «а)» where the point
/// says so), derived from their order unless the author pinned them to reproduce a signed order.
/// </summary>
public sealed record OrderNumbering(IReadOnlyList<NumberedPoint> Points)
{
    /// <summary>Every point and sub-point, depth first, in reading order.</summary>
    public IEnumerable<NumberedPoint> AllPoints => Points.SelectMany(Flatten);

    /// <summary>Numbers the points of <paramref name="order"/>.</summary>
    public static OrderNumbering Of(Order order) => new(NumberPoints(order.Points, string.Empty, "/order", SubpointNumbering.Nested));

    /// <summary>
    /// How the sub-points of <paramref name="point"/> are numbered: as the point says; else as its first
    /// pinned sub-point is written («1)» pins digits, so «1)» can be pinned without saying more); else
    /// nested under a nested point, and the other marker under a marker («1)» … «а)»).
    /// </summary>
    public static SubpointNumbering StyleOfSubpoints(NumberedPoint point) => StyleOf(point.Point, point.Style);

    private static SubpointNumbering StyleOf(Point point, SubpointNumbering ownStyle) =>
        point.Numbering
        ?? point.Points.Select(sub => sub.Number is { } pinned ? SubpointMarkers.StyleOf(PinnedNumber.Normalize(pinned)) : null).FirstOrDefault(style => style is not null)
        ?? ownStyle switch
        {
            SubpointNumbering.Digits => SubpointNumbering.Letters,
            SubpointNumbering.Letters => SubpointNumbering.Digits,
            _ => SubpointNumbering.Nested,
        };

    private static List<NumberedPoint> NumberPoints(IReadOnlyList<Point> points, string prefix, string parentPointer, SubpointNumbering style)
    {
        // A pinned sub-number (a point an amendment inserted as «3.1» between 3 and 4) takes no place.
        var numbered = new List<NumberedPoint>(points.Count);
        var place = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var pinned = point.Number is { } given ? PinnedNumber.Normalize(given) : null;
            if (pinned is null || style != SubpointNumbering.Nested || !PinnedNumber.IsSubNumber(pinned, prefix))
            {
                place++;
            }

            var pointer = string.Create(CultureInfo.InvariantCulture, $"{parentPointer}/points/{i}");
            var number = pinned ?? (style == SubpointNumbering.Nested
                ? string.Create(CultureInfo.InvariantCulture, $"{prefix}{place}")
                : SubpointMarkers.Format(style, place) + ")");
            var subStyle = StyleOf(point, style);
            numbered.Add(new NumberedPoint(point, number, pointer, NumberPoints(point.Points, number + ".", pointer, subStyle), style));
        }

        return numbered;
    }

    private static IEnumerable<NumberedPoint> Flatten(NumberedPoint point) => point.Points.SelectMany(Flatten).Prepend(point);
}
