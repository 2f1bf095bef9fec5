using Prikaz.Deadlines;
using Prikaz.Diagnostics;
using Prikaz.Execution.Calendar;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Profiles;

namespace Prikaz.Execution.Deadlines;

/// <summary>Every item of a roadmap with its due dates, worked out by the production calendar.</summary>
public static class RoadmapDueDates
{
    /// <summary>The due dates of every item of <paramref name="file"/>, in the order of the roadmap.</summary>
    public static IReadOnlyList<ItemDueDates> Of(OrderFile file, ProductionCalendar calendar, SchoolYear schoolYear)
    {
        if (AppendixNumbering.PrimaryRoadmap(file) is not { } roadmap)
        {
            return [];
        }

        return RoadmapNumbering.Of(roadmap).AllItems.Select(item => Of(item, roadmap.Period, calendar, schoolYear)).ToList();
    }

    /// <summary>The school year of an authority's profile (31 May or 31 August).</summary>
    public static SchoolYear SchoolYearOf(AuthorityProfile? profile) => profile?.SchoolYearEnd == SchoolYearEnd.August
        ? SchoolYear.Default with { End = (8, 31) }
        : SchoolYear.Default;

    /// <summary>The written date as it falls due: moved off a day off (Civil Code art. 193).</summary>
    public static DueDate Due(DeadlineDate date, ProductionCalendar calendar) =>
        new(date.Start, date.End, calendar.DueDate(date.End), date.Recurring, calendar.Covers(date.End.Year) && calendar.Covers(calendar.DueDate(date.End).Year));

    private static ItemDueDates Of(NumberedItem item, Period? period, ProductionCalendar calendar, SchoolYear schoolYear)
    {
        var deadlines = new List<Deadline>();
        if (item.Item.Deadline is { } own)
        {
            deadlines.Add(own);
        }

        deadlines.AddRange(item.Item.Schedule.Select(row => row.Deadline).OfType<Deadline>());

        var dates = new List<DueDate>();
        var undated = new List<string>();
        foreach (var deadline in deadlines)
        {
            if (deadline.IsFreeText)
            {
                undated.Add(deadline.Source);
                continue;
            }

            var resolved = DeadlineDates.Of(deadline, period, schoolYear);
            dates.AddRange(resolved.Dates.Select(date => Due(date, calendar)));
            undated.AddRange(resolved.Undated.Select(term => DeadlineFormatter.Format(term, DeadlineStyle.Default)));
        }

        var pointer = item.Item.Deadline is not null ? item.Pointer + "/deadline"
            : item.Item.Schedule.Count > 0 ? JsonPointer.Index(item.Pointer + "/schedule", 0) + "/deadline"
            : item.Pointer;
        return new ItemDueDates(item, pointer, dates, undated.Distinct(StringComparer.Ordinal).ToList());
    }
}
