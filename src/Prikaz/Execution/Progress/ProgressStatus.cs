using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prikaz.Execution.Progress;

/// <summary>Where an item stands: written <c>done</c>, <c>in-progress</c>, <c>not-started</c>, <c>cancelled</c>.</summary>
[JsonConverter(typeof(ProgressStatusConverter))]
public enum ProgressStatus
{
    Done,
    InProgress,
    NotStarted,
    Cancelled,
}

/// <summary>The status words in kebab case, as clerks' files and the schema write them; never numbers.</summary>
internal sealed class ProgressStatusConverter() : JsonStringEnumConverter<ProgressStatus>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
