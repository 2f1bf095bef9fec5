using Prikaz.Execution.Calendar;
using Prikaz.Templating;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Execution;

/// <summary>The production calendar shipped in the repository's <c>templates/calendars/ru/</c>, loaded once.</summary>
internal static class ShippedCalendar
{
    private static readonly Lazy<LoadedCalendar> Loaded = new(() =>
        ProductionCalendars.Load(new TemplateFolder(Path.Combine(GoldenFile.RepositoryRoot(), "templates"))));

    public static ProductionCalendar Calendar => Loaded.Value.Calendar;

    public static LoadedCalendar WithDiagnostics => Loaded.Value;
}
