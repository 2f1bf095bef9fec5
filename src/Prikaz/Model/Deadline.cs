using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Prikaz.Model;

/// <summary>
/// A deadline as the author wrote it, with the structured terms recognised in it. Rendering uses the
/// terms and the authority's style; an unrecognised deadline has no terms and is printed as written.
/// </summary>
[Description("Срок мероприятия: строка или список строк.")]
[JsonConverter(typeof(DeadlineJsonConverter))]
public sealed record Deadline
{
    /// <summary>The text as written in YAML; list entries are joined with «; ».</summary>
    public required string Source { get; init; }

    /// <summary>
    /// The entries as written: one for a YAML string, several for a YAML list. Kept so that a deadline
    /// written back (a change list, an amendment) reads as the author wrote it.
    /// </summary>
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>The recognised terms, in order; empty when the text was not recognised.</summary>
    public IReadOnlyList<DeadlineTerm> Terms { get; init; } = [];

    /// <summary>True when nothing structured was recognised and the text is printed as written.</summary>
    public bool IsFreeText => Terms.Count == 0;
}
