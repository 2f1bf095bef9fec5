using Prikaz.Pipeline;
using Prikaz.Writers.Docx;

namespace Prikaz.Tests.Render;

/// <summary>One seed after checking and rendering: its model, the markup, the document and its DOCX bytes.</summary>
internal sealed class RenderedSeed(CheckedDocument roadmap, RenderedDocument rendered)
{
    private readonly Lazy<byte[]> docx = new(() => WriteDocx(rendered));

    public CheckedDocument Roadmap => roadmap;

    public RenderedDocument Rendered => rendered;

    public byte[] Docx => docx.Value;

    public static byte[] WriteDocx(RenderedDocument rendered)
    {
        Assert.True(rendered.Document is not null, string.Join("\n", rendered.Diagnostics));
        using var output = new MemoryStream();
        new DocxWriter().Write(rendered.Document, output);
        return output.ToArray();
    }
}
