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
