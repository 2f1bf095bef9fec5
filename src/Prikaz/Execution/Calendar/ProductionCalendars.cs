using System.Globalization;
using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Templating;

namespace Prikaz.Execution.Calendar;

/// <summary>
/// Loads the production calendar from a templates folder: every <c>calendars/ru/&lt;year&gt;.yaml</c>,
/// checked against its schema and against itself (its year, its transfers). A year file with errors is
/// reported and left out, so its dates fall back to weekends and art. 112.
/// </summary>
public static class ProductionCalendars
{
    /// <summary>The folder of the federal calendar inside the templates folder.</summary>
    public const string Folder = "calendars/ru";

    private static readonly SchemaBoundLoader<CalendarYear> Loader = new(() => CalendarSchema.Json);

    /// <summary>The calendar of <paramref name="folder"/> and the problems of its files.</summary>
    public static LoadedCalendar Load(TemplateFolder folder)
    {
        var directory = folder.Resolve(Folder);
        if (directory is null || !Directory.Exists(directory))
        {
            return new LoadedCalendar(ProductionCalendar.LabourCodeOnly, []);
        }

        var years = new List<CalendarYear>();
        var diagnostics = new List<Diagnostic>();
        foreach (var name in Directory.EnumerateFiles(directory, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            if (folder.Resolve(Path.Combine(Folder, name)) is not { } path)
            {
                continue;
            }

            var display = $"{folder.DisplayRoot}/{Folder}/{name}";
            var loaded = Loader.Load(path, display);
            diagnostics.AddRange(loaded.Diagnostics);
            if (loaded.Value is not { } year)
            {
                continue;
            }

            var problems = CalendarYearCheck.Check(year, Path.GetFileNameWithoutExtension(name), loaded.Map).ToList();
            diagnostics.AddRange(problems);
            if (problems.All(problem => problem.Severity != Severity.Error))
            {
                years.Add(year);
            }
        }

        return new LoadedCalendar(new ProductionCalendar(years), diagnostics);
    }

    /// <summary>The calendar of the years given, for tests and callers that hold the data already.</summary>
    public static ProductionCalendar Of(params CalendarYear[] years) => new(years);

    internal static string YearText(int year) => year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A loaded calendar and the problems of its files (empty when all are well).</summary>
public sealed record LoadedCalendar(ProductionCalendar Calendar, IReadOnlyList<Diagnostic> Diagnostics);
