using System.Collections.Concurrent;

namespace Prikaz.Execution.Calendar;

/// <summary>
/// Working days and days off of the Russian Federation: Saturdays and Sundays, the holidays of
/// art. 112 of the Labour Code, the day off a weekend holiday carries to the next working day
/// (art. 112 part 2, except 1–8 January), and the Government's transfers of the shipped years.
/// A year without data gets weekends and art. 112 only (<see cref="Covers"/> says which).
/// Thread-safe.
/// </summary>
/// <remarks>
/// Days the President declared non-working with pay kept (30.03–30.04.2020, 4–7.05.2021 …) are not
/// days off here: they are not weekends or holidays of art. 111–112 of the Labour Code, so they are
/// no «нерабочий день» of art. 193 of the Civil Code (Supreme Court, Обзор … COVID-19 № 1 of
/// 21.04.2020, question 5), and a deadline that falls on them does not move.
/// </remarks>
public sealed class ProductionCalendar
{
    private readonly IReadOnlyDictionary<int, CalendarYear> years;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> daysOff = new();

    public ProductionCalendar(IEnumerable<CalendarYear> years)
    {
        this.years = years.ToDictionary(year => year.Year);
    }

    /// <summary>A calendar with no shipped year: weekends and art. 112 holidays everywhere.</summary>
    public static ProductionCalendar LabourCodeOnly { get; } = new([]);

    /// <summary>The years with a decree, in order.</summary>
    public IReadOnlyList<int> Years => years.Keys.Order().ToList();

    /// <summary>True when <paramref name="year"/> has its decree's transfers, not just weekends and art. 112.</summary>
    public bool Covers(int year) => years.ContainsKey(year);

    /// <summary>The shipped data of <paramref name="year"/>, or null.</summary>
    public CalendarYear? Year(int year) => years.GetValueOrDefault(year);

    public bool IsWorkingDay(DateOnly date) => !DaysOff(date.Year).Contains(date);

    /// <summary>
    /// The day a deadline written as <paramref name="date"/> falls due: the date itself when it is a
    /// working day, otherwise the next working day (Civil Code art. 193).
    /// </summary>
    public DateOnly DueDate(DateOnly date)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The working days of <paramref name="year"/>, counted: 248 in 2020, 247 in 2021.</summary>
    public int WorkingDays(int year)
    {
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        return days - DaysOff(year).Count;
    }

    private HashSet<DateOnly> DaysOff(int year) => daysOff.GetOrAdd(year, Compute);

    private HashSet<DateOnly> Compute(int year)
    {
        var data = years.GetValueOrDefault(year);
        var holidays = (data?.Holidays ?? LabourCodeHolidays.Of(year)).ToHashSet();
        var transfers = data?.Transfers ?? [];

        var off = new HashSet<DateOnly>(holidays);
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (IsWeekend(day))
            {
                off.Add(day);
            }
        }

        foreach (var transfer in transfers)
        {
            off.Add(transfer.To);
            if (!holidays.Contains(transfer.From))
            {
                off.Remove(transfer.From);
            }
        }

        // Art. 112 part 2: a weekend that coincides with a holiday moves to the next working day,
        // except 1–8 January and except where the decree moved that day off elsewhere.
        var movedByDecree = transfers.Select(transfer => transfer.From).ToHashSet();
        foreach (var holiday in holidays.Order())
        {
            if (!IsWeekend(holiday) || LabourCodeHolidays.IsJanuaryHoliday(holiday) || movedByDecree.Contains(holiday))
            {
                continue;
            }

            var next = holiday.AddDays(1);
            while (off.Contains(next) && next.Year == year)
            {
                next = next.AddDays(1);
            }

            if (next.Year == year)
            {
                off.Add(next);
            }
        }

        return off;
    }

    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
