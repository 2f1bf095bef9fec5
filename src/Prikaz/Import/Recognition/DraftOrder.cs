using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>
/// The order as it is being recognised: mutable, every part optional, with notes on each node. Turned
/// into the immutable <see cref="OrderFile"/> (and JSON Pointers for the notes) once recognition ends.
/// </summary>
internal sealed class DraftOrder : DraftNode
{
    public string? Authority { get; set; }

    public List<string> Letterhead { get; } = [];

    public string? ShortName { get; set; }

    public string? Place { get; set; }

    public OrderKind Kind { get; set; } = OrderKind.Order;

    public bool KindLetterSpaced { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>The date as printed, for a new profile's date style.</summary>
    public string? DateText { get; set; }

    public string? Number { get; set; }

    /// <summary>True when date, place and number stood on separate lines (stacked requisites).</summary>
    public bool RequisitesStacked { get; set; }

    public string? Title { get; set; }

    public List<string> Preamble { get; } = [];

    public DraftNode PreambleNode { get; } = new DraftText();

    public List<DraftCited> Basis { get; } = [];

    public string? DecreeWord { get; set; }

    public bool DecreeRunIn { get; set; }

    public List<DraftPoint> Points { get; } = [];

    public List<string> SignatoryPosition { get; } = [];

    public string? SignatoryName { get; set; }

    public ElectronicSignature? ElectronicSignature { get; set; }

    public Executor? Executor { get; set; }

    public List<string> Distribution { get; } = [];

    public DraftRoadmap? Roadmap { get; set; }

    public List<DraftParty> Parties { get; } = [];
}
