using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>The appendix as it is being recognised.</summary>
internal sealed class DraftRoadmap : DraftNode
{
    public ApprovalKind Approval { get; set; } = ApprovalKind.Stamp;

    /// <summary>The issuer lines of the grif («приказом Министерства …»), for a new profile.</summary>
    public string? GrifIssuer { get; set; }

    public string? Title { get; set; }

    public Period? Period { get; set; }

    public Passport? Passport { get; set; }

    public List<Column> Columns { get; } = [];

    public List<DraftSection> Sections { get; } = [];

    /// <summary>Items outside any section (a roadmap without sections).</summary>
    public List<DraftItem> Items { get; } = [];

    /// <summary>True when item numbers were printed without a final dot («1.1»).</summary>
    public bool NumbersWithoutDot { get; set; }

    public IEnumerable<DraftItem> AllItems => Sections.SelectMany(s => s.Items).Concat(Items);
}

/// <summary>A section row and its items.</summary>
internal sealed class DraftSection : DraftNode
{
    public required string Title { get; set; }

    public string? SignedNumber { get; init; }

    public string? Pinned { get; set; }

    public List<DraftItem> Items { get; } = [];
}

/// <summary>One row (or rows) of the roadmap table read as an item.</summary>
internal sealed class DraftItem : DraftNode
{
    public required string Where { get; init; }

    public string? SignedNumber { get; set; }

    public string? Pinned { get; set; }

    /// <summary>Cell text by column key, as read (after continuation rows were joined).</summary>
    public Dictionary<string, string> Cells { get; } = new(StringComparer.Ordinal);

    public List<PartyRef> Responsible { get; } = [];

    public List<PartyRef> TargetGroup { get; } = [];

    public List<DraftScheduleRow> Schedule { get; } = [];

    public string Cell(string key) => Cells.GetValueOrDefault(key) ?? string.Empty;
}

/// <summary>A schedule sub-row: where or what, and when.</summary>
internal sealed class DraftScheduleRow : DraftNode
{
    public required string Activity { get; init; }

    public string? Deadline { get; init; }
}
