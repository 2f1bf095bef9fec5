using Prikaz.Pipeline;

namespace Prikaz.Preview;

/// <summary>How a unit of the document changed from one edition to the other.</summary>
public enum EditionMark
{
    /// <summary>Only in the current edition.</summary>
    Added,

    /// <summary>Only in the earlier edition.</summary>
    Removed,

    /// <summary>In both, with different content.</summary>
    Changed,
}

/// <summary>
/// The changed units of two editions, each keyed by the JSON Pointer of the unit in its own edition's
/// file (the <c>source</c> the templates give points, rows and cells). The page marks the element with
/// that <c>data-source</c> in each pane.
/// </summary>
public sealed record EditionMarks(IReadOnlyDictionary<string, EditionMark> Earlier, IReadOnlyDictionary<string, EditionMark> Current)
{
    /// <summary>Nothing marked.</summary>
    public static EditionMarks None { get; } = new(new Dictionary<string, EditionMark>(), new Dictionary<string, EditionMark>());
}

/// <summary>
/// Compares the earlier edition with the current one, both checked without errors. The preview calls it
/// after every render of the two; it is the place where the amendments' diff (issue 11) plugs in.
/// </summary>
public delegate EditionMarks EditionMarker(CheckedDocument earlier, CheckedDocument current);
