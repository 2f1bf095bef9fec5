using Prikaz.Diagnostics;
using Prikaz.Execution.Calendar;
using Prikaz.Execution.Deadlines;
using Prikaz.Execution.Overdue;
using Prikaz.Execution.Progress;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Templating;

namespace Prikaz.Execution;

/// <summary>
/// What the order kind adds for execution control when the run has an as-of date (<c>prikaz validate
/// --as-of</c>; never by default, so that builds stay reproducible): a warning for every item past its
/// deadline that the roadmap's progress files do not mark done.
/// </summary>
public static class ExecutionValidation
{
    /// <summary>
    /// PRK320 for each overdue item on <paramref name="asOf"/>, located in the roadmap; PRK302 once per
    /// year whose due dates had no production calendar; and the calendar files' own problems.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Overdue(LoadedDocument roadmap, OrderFile file, AuthorityProfile? profile, TemplateFolder folder, DateOnly asOf)
    {
        var loaded = roadmap;
        var roadmapPath = roadmap.Path;
        var calendar = ProductionCalendars.Load(folder);
        var items = RoadmapDueDates.Of(file, calendar.Calendar, RoadmapDueDates.SchoolYearOf(profile));
        var history = new ProgressHistory(ProgressChecker.CheckAll(roadmapPath, file));
        var overdue = OverdueItems.Find(items, history, asOf);
        return [.. calendar.Diagnostics, .. MissingYears(items, calendar.Calendar, loaded.Map, asOf), .. OverdueItems.Diagnostics(overdue, history, loaded.Map, asOf)];
    }

    /// <summary>One warning per year up to the as-of date that has dates but no shipped calendar.</summary>
    public static IEnumerable<Diagnostic> MissingYears(IReadOnlyList<ItemDueDates> items, ProductionCalendar calendar, SourceMap map, DateOnly asOf)
    {
        var position = map.Locate("/roadmap/period");
        return items.SelectMany(item => item.Dates)
            .Where(date => !date.CalendarKnown && date.Written <= asOf)
            .Select(date => date.Written.Year)
            .Distinct()
            .Order()
            .Select(year => new Diagnostic(map.File, position.Line, position.Column, Severity.Warning, ExecutionCodes.CalendarYearMissing,
                $"производственного календаря на {year} год нет (templates/{ProductionCalendars.Folder}/{year}.yaml): сроки перенесены только с суббот, воскресений и праздников ст. 112 ТК РФ, без переносов выходных по постановлению Правительства"));
    }
}
