using Prikaz.Schema;

namespace Prikaz.Execution.Progress;

/// <summary>The JSON Schema of a progress file, generated from <see cref="ProgressFile"/> like the roadmap schema.</summary>
public static class ProgressSchema
{
    /// <summary>The file name of the committed copy in <c>roadmaps/progress/</c>.</summary>
    public const string FileName = "progress.schema.json";

    /// <summary>The four forms of a period name (see <see cref="ReportPeriod"/>).</summary>
    public const string PeriodPattern = "^(19|20|21)[0-9]{2}(-(q[1-4]|h[12]|0[1-9]|1[0-2]))?$";

    private static readonly Lazy<string> Text = new(() => ModelSchemaExporter.Export(
        typeof(ProgressFile),
        "Сведения о ходе исполнения «дорожной карты» Prikaz",
        [new PropertyPattern(typeof(ProgressFile), "period", PeriodPattern)]));

    private static readonly Lazy<string> Committed = new(() => CommittedSchema.Read(FileName));

    /// <summary>The schema as indented JSON, byte-identical on every run.</summary>
    public static string Generate() => Text.Value;

    /// <summary>The committed <c>roadmaps/progress/progress.schema.json</c> as built into the library, equal to <see cref="Generate"/>.</summary>
    public static string Json => Committed.Value;
}
