namespace Prikaz.Writers.Docx;

/// <summary>The one mutable piece of a conversion: counters for ids that must be unique in the package.</summary>
internal sealed class DocxState
{
    private int drawings;
    private int images;
    private int revisions;

    /// <summary>Ids of <c>wp:docPr</c>, unique per document.</summary>
    public uint NextDrawingId() => (uint)++drawings;

    /// <summary>Ids of tracked changes (<c>w:ins</c>, <c>w:del</c>), unique per document.</summary>
    public string NextRevisionId() => Units.Text(++revisions);

    /// <summary>Relationship ids of image parts, assigned in document order so output is deterministic.</summary>
    public string NextImageRelationshipId() => "rIdImage" + Units.Text(++images);
}
