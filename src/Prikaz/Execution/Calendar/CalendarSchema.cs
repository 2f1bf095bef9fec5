using Prikaz.Schema;

namespace Prikaz.Execution.Calendar;

/// <summary>The JSON Schema of a production-calendar year file, generated from <see cref="CalendarYear"/> like the roadmap schema.</summary>
public static class CalendarSchema
{
    /// <summary>The file name of the committed copy in <c>templates/calendars/</c>.</summary>
    public const string FileName = "calendar.schema.json";

    private static readonly Lazy<string> Text = new(() => ModelSchemaExporter.Export(typeof(CalendarYear), "Производственный календарь Prikaz (один год)", []));

    private static readonly Lazy<string> Committed = new(() => CommittedSchema.Read(FileName));

    /// <summary>The schema as indented JSON, byte-identical on every run.</summary>
    public static string Generate() => Text.Value;

    /// <summary>The committed <c>templates/calendars/calendar.schema.json</c> as built into the library, equal to <see cref="Generate"/>.</summary>
    public static string Json => Committed.Value;
}
