using Prikaz.Execution;
using Prikaz.Execution.Calendar;
using Prikaz.Schema;
using Prikaz.Templating;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Execution;

public sealed class ProductionCalendarTests
{
    private static ProductionCalendar Calendar => ShippedCalendar.Calendar;

    [Fact]
    public void Every_shipped_year_loads_without_a_problem()
    {
        Assert.Empty(ShippedCalendar.WithDiagnostics.Diagnostics);
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], Calendar.Years);
    }

    // The totals the Ministry of Labour publishes for a five-day week; each one checks every day of the year.
    [Theory]
    [InlineData(2019, 247)]
    [InlineData(2020, 248)]
    [InlineData(2021, 247)]
    [InlineData(2022, 247)]
    [InlineData(2023, 247)]
    [InlineData(2024, 248)]
    [InlineData(2025, 247)]
    [InlineData(2026, 247)]
    public void Working_days_of_a_year_match_the_published_total(int year, int workingDays)
    {
        Assert.Equal(workingDays, Calendar.WorkingDays(year));
    }

    [Theory]
    // 2020: transfers of 4 and 5 January; 23 February, 8 March and 9 May on weekends carry over.
    [InlineData("2020-05-04", false)]
    [InlineData("2020-05-05", false)]
    [InlineData("2020-02-24", false)]
    [InlineData("2020-03-09", false)]
    [InlineData("2020-05-11", false)]
    [InlineData("2020-11-04", false)] // Wednesday holiday
    [InlineData("2020-11-05", true)]
    // The pandemic non-working days and 24 June / 1 July 2020 are not days off of art. 193 of the Civil Code.
    [InlineData("2020-04-06", true)]
    [InlineData("2020-04-30", true)]
    [InlineData("2020-05-06", true)]
    [InlineData("2020-06-24", true)]
    [InlineData("2020-07-01", true)]
    // 2024: five transfers, three working Saturdays.
    [InlineData("2024-04-27", true)]
    [InlineData("2024-04-29", false)]
    [InlineData("2024-04-30", false)]
    [InlineData("2024-05-10", false)]
    [InlineData("2024-11-02", true)]
    [InlineData("2024-12-28", true)]
    [InlineData("2024-12-30", false)]
    [InlineData("2024-12-31", false)]
    // 2025: the decree moved the carry-over of 23 February and 8 March to 8 May and 13 June.
    [InlineData("2025-02-24", true)]
    [InlineData("2025-03-10", true)]
    [InlineData("2025-05-08", false)]
    [InlineData("2025-06-13", false)]
    [InlineData("2025-11-01", true)]
    [InlineData("2025-11-03", false)]
    // 2021: Saturday 20 February worked for Monday 22 February; the 2021 pandemic days are working days.
    [InlineData("2021-02-20", true)]
    [InlineData("2021-02-22", false)]
    [InlineData("2021-05-04", true)]
    [InlineData("2021-11-01", true)]
    [InlineData("2021-11-05", false)]
    [InlineData("2021-12-31", false)]
    // 2019: 23 February (Saturday) was moved to 10 May, so 25 February is a working day.
    [InlineData("2019-02-25", true)]
    [InlineData("2019-05-10", false)]
    // 2023: 4 November (Saturday) carries over to Monday 6 November.
    [InlineData("2023-11-06", false)]
    // 2026: 3 January moved to 9 January.
    [InlineData("2026-01-09", false)]
    [InlineData("2026-01-12", true)]
    public void A_day_is_working_or_off_as_the_decrees_say(string date, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2020-07-05", "2020-07-06")] // Sunday
    [InlineData("2020-10-05", "2020-10-05")] // a working Monday stays
    [InlineData("2021-01-05", "2021-01-11")] // New Year holidays 1–10 January 2021
    [InlineData("2020-05-01", "2020-05-06")] // 1–5 May 2020 off
    [InlineData("2020-11-04", "2020-11-05")]
    public void A_due_date_on_a_day_off_moves_to_the_next_working_day(string written, string due)
    {
        Assert.Equal(DateOnly.Parse(due), Calendar.DueDate(DateOnly.Parse(written)));
    }

    [Fact]
    public void A_year_beyond_the_shipped_ones_has_weekends_and_art_112_holidays_only()
    {
        Assert.False(Calendar.Covers(2030));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2030, 1, 8)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2030, 3, 8)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2030, 3, 7)));
        // 9 May 2030 is a Thursday; 12 June 2032 a Saturday that carries over to Monday 14 June.
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2032, 6, 14)));
    }

    [Fact]
    public void A_transfer_from_a_working_day_is_reported_and_the_year_left_out()
    {
        var folder = Directory.CreateTempSubdirectory("prikaz-calendar-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "calendars", "ru"));
            File.WriteAllText(Path.Combine(folder.FullName, "calendars", "ru", "2020.yaml"),
                "year: 2020\ndecree: тест\nholidays: [2020-01-01]\ntransfers:\n  - { from: 2020-01-09, to: 2020-05-04 }\n");
            File.WriteAllText(Path.Combine(folder.FullName, "calendars", "ru", "2021.yaml"),
                "year: 2022\ndecree: тест\nholidays: [2021-01-01]\n");

            var loaded = ProductionCalendars.Load(new TemplateFolder(folder.FullName));

            Assert.Empty(loaded.Calendar.Years);
            Assert.Contains(loaded.Diagnostics, d => d.Code == ExecutionCodes.CalendarTransferInvalid && d.Line == 5 && d.File.EndsWith("calendars/ru/2020.yaml", StringComparison.Ordinal));
            Assert.Contains(loaded.Diagnostics, d => d.Code == ExecutionCodes.CalendarYearMismatch && d.File.EndsWith("2021.yaml", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Committed_calendar_schema_is_current()
    {
        GoldenFile.Verify(Path.Combine(GoldenFile.RepositoryRoot(), "templates", "calendars", CalendarSchema.FileName), CalendarSchema.Generate());
        Assert.Equal(CalendarSchema.Generate(), CalendarSchema.Json);
    }
}
