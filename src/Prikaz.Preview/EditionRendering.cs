using Prikaz.Loading;
using Prikaz.Pipeline;

namespace Prikaz.Preview;

/// <summary>
/// One edition of the document as the preview shows it: the HTML page, written at once; the PDF and
/// DOCX, written in memory when first asked for; and where each value stands in the YAML.
/// </summary>
internal sealed class EditionRendering(int version, RenderedDocument rendered, byte[] html, DocumentPipeline pipeline)
{
    private readonly Lazy<byte[]> pdf = new(() => pipeline.Write(rendered, ["pdf"]).Files[0].Bytes);
    private readonly Lazy<byte[]> docx = new(() => pipeline.Write(rendered, ["docx"]).Files[0].Bytes);

    /// <summary>The version of the preview this edition was rendered at.</summary>
    public int Version { get; } = version;

    public string Title => rendered.Document!.Properties.Title;

    public CheckedDocument Checked => rendered.Source;

    public SourceMap Map => rendered.Source.Loaded.Map;

    public byte[] Html { get; } = html;

    public byte[] Pdf => pdf.Value;

    public byte[] Docx => docx.Value;
}
