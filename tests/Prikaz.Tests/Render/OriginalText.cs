using System.Text.RegularExpressions;
using Prikaz.Deadlines;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Russian;
using Prikaz.Templating;

namespace Prikaz.Tests.Render;

/// <summary>
/// The text a clerk must find in a seed's printed order, taken from the model rather than from the
/// templates: every point and sub-point, every section title, and every table cell of the columns the
/// roadmap declares (party names as registered, deadlines as the authority writes them).
/// </summary>
internal static partial class OriginalText
{
    public static IEnumerable<string> Of(OrderFile file, AuthorityProfile profile)
    {
        foreach (var point in Flatten(file.Order.Points))
        {
            yield return Typography.Apply(point.Text);
        }

        if (file.Roadmap is not { } roadmap)
        {
            yield break;
        }

        var style = DeadlineStyles.Of(profile);
        var keys = roadmap.Columns.Select(c => c.Key).ToList();
        foreach (var section in roadmap.Sections)
        {
            yield return Typography.Apply(section.Title);
        }

        foreach (var item in roadmap.Sections.SelectMany(s => s.Items).Concat(roadmap.Items))
        {
            foreach (var key in keys)
            {
                yield return Typography.Apply(key switch
                {
                    "number" => string.Empty,
                    "activity" => item.Activity,
                    "deadline" => item.Deadline is null ? string.Empty : DeadlineFormatter.Format(item.Deadline, style),
                    "responsible" => string.Join(", ", item.Responsible.Select(p => Party(file, p))),
                    "result" => item.Result ?? string.Empty,
                    "targetGroup" => string.Join(", ", item.TargetGroup.Select(p => Party(file, p))),
                    _ => item.Custom.GetValueOrDefault(key) ?? string.Empty,
                });
            }

            foreach (var row in item.Schedule)
            {
                yield return Typography.Apply(row.Activity);
                yield return row.Deadline is null ? string.Empty : Typography.Apply(DeadlineFormatter.Format(row.Deadline, style));
            }
        }
    }

    /// <summary>
    /// Words of <paramref name="text"/>: split on any whitespace, non-breaking spaces included, and after
    /// every hyphen, since a line may break after the hyphen of «психолого-педагогической». The hyphen
    /// of a registration number is a no-break one (U+2011) in the model and a plain one in the PDF's text.
    /// </summary>
    public static IEnumerable<string> Words(string text) =>
        text.Replace('\u00A0', ' ').Replace('\u2011', '-').Replace('\u202F', ' ').Replace("\u00AD", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(word => AfterHyphen().Split(word))
            .Where(word => word.Length > 0);

    private static string Party(OrderFile file, PartyRef party)
    {
        var name = party.Text ?? (party.Party is not null && file.Parties.TryGetValue(party.Party, out var registered) ? registered.Name : party.Party);
        return party.Note is null ? name ?? string.Empty : $"{name} ({party.Note})";
    }

    private static IEnumerable<Point> Flatten(IEnumerable<Point> points) =>
        points.SelectMany(point => Flatten(point.Points).Prepend(point));

    [GeneratedRegex("(?<=-)")]
    private static partial Regex AfterHyphen();
}
