using System.Globalization;
using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Execution;

public sealed class DeadlineCalendarTests
{
    private static byte[] Calendar(params string[] seeds)
    {
        var file = Path.Combine(Path.GetTempPath(), $"prikaz-{Guid.NewGuid():N}.ics");
        try
        {
            var run = CliRun.Of(["calendar", .. seeds.Select(seed => Path.Combine(CliRun.Roadmaps, seed + ".yaml")), "-o", file, "--templates", CliRun.Templates]);
            Assert.True(run.ExitCode == 0, run.All);
            return File.ReadAllBytes(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    // Counted by hand from the seeds: Amur 29 dated items, rows of 2.3's schedule and months (4.2 and 4.4
    // «по графику», 5.1 «постоянно» have no date) plus the reports of point 3.2 for the 2nd, 3rd and 4th
    // quarters; Челябинск 17 items less 3 «постоянно»; Молчаново 19 less 3 «по отдельному графику» and one
    // free text; Нязепетровск 10 deadlines, two of them with two ranges.
    [Theory]
    [InlineData("amur-2020-shnor", 32)]
    [InlineData("chelyabinsk-2020-shnor", 14)]
    [InlineData("molchanovo-2020-shnor", 15)]
    [InlineData("nyazepetrovsk-2024-shnor", 12)]
    public void Every_dated_deadline_of_a_seed_is_an_event(string seed, int events)
    {
        var calendar = Rfc5545Reader.Read(Calendar(seed));

        Assert.Equal("VCALENDAR", calendar.Name);
        Assert.Equal("2.0", calendar["VERSION"]!.Value);
        Assert.NotNull(calendar["PRODID"]);
        Assert.Equal(events, calendar.Children.Count(c => c.Name == "VEVENT"));
    }

    [Fact]
    public void Events_are_all_day_with_an_exclusive_end_a_stable_uid_a_stamp_from_the_order_and_a_reminder()
    {
        var calendar = Rfc5545Reader.Read(Calendar("amur-2020-shnor", "chelyabinsk-2020-shnor", "molchanovo-2020-shnor", "nyazepetrovsk-2024-shnor"));
        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToList();

        Assert.Equal(73, events.Count);
        Assert.Equal(events.Count, events.Select(e => e["UID"]!.Value).Distinct().Count());
        Assert.All(events, e =>
        {
            Assert.Equal("DATE", e["DTSTART"]!.Parameters["VALUE"]);
            Assert.Equal("DATE", e["DTEND"]!.Parameters["VALUE"]);
            var start = DateOnly.ParseExact(e["DTSTART"]!.Value, "yyyyMMdd", CultureInfo.InvariantCulture);
            Assert.Equal(start.AddDays(1), DateOnly.ParseExact(e["DTEND"]!.Value, "yyyyMMdd", CultureInfo.InvariantCulture));
            Assert.Matches("^[0-9]{8}T000000Z$", e["DTSTAMP"]!.Value);
            Assert.Contains(e.Children, alarm => alarm.Name == "VALARM" && alarm["TRIGGER"]!.Value == "-P3D");
            Assert.Contains("Ответствен", e["DESCRIPTION"]!.Value.Replace("Представляет", "Ответствен", StringComparison.Ordinal), StringComparison.Ordinal);
        });
        Assert.DoesNotContain(calendar.Children, c => c.Name == "VTODO");
    }

    [Fact]
    public void Reporting_duty_of_Amur_point_3_2_is_due_on_working_days_after_each_quarter()
    {
        var calendar = Rfc5545Reader.Read(Calendar("amur-2020-shnor"));
        var reports = calendar.Children.Where(e => e.Name == "VEVENT" && e["SUMMARY"]!.Value.StartsWith("Информация о реализации", StringComparison.Ordinal))
            .Select(e => e["DTSTART"]!.Value).ToList();

        // 5 July 2020 is a Sunday; 5 January 2021 falls in the New Year holidays (1–10 January 2021).
        // The first quarter's report (due 5 April) predates the order of 23 April and is not owed.
        Assert.Equal(["20200706", "20201005", "20210111"], reports);
    }

    [Fact]
    public void A_deadline_on_a_day_off_is_an_event_on_the_next_working_day()
    {
        var calendar = Rfc5545Reader.Read(Calendar("amur-2020-shnor"));
        var item = calendar.Children.Single(e => e.Name == "VEVENT" && e["SUMMARY"]!.Value.StartsWith("1.9.", StringComparison.Ordinal));

        // «Октябрь»: 31 October 2020 is a Saturday.
        Assert.Equal("20201102", item["DTSTART"]!.Value);
        Assert.Contains("ст. 193 ГК РФ", item["DESCRIPTION"]!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_runs_give_the_same_bytes()
    {
        Assert.Equal(Calendar("amur-2020-shnor", "molchanovo-2020-shnor"), Calendar("amur-2020-shnor", "molchanovo-2020-shnor"));
    }
}
