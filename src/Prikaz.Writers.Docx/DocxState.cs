namespace Prikaz.Writers.Docx;

/// <summary>The one mutable piece of a conversion: counters for ids that must be unique in the package.</summary>
internal sealed class DocxState
{
    private int drawings;
    private int images;

    /// <summary>Ids of <c>wp:docPr</c>, unique per document.</summary>
    public uint NextDrawingId() => (uint)++drawings;

    /// <summary>Relationship ids of image parts, assigned in document order so output is deterministic.</summary>
    public string NextImageRelationshipId() => "rIdImage" + Units.Text(++images);
}
