using BenchmarkDotNet.Attributes;
using Prikaz.Documents;
using Prikaz.Writers.Pdf;

namespace Prikaz.Benchmarks;

/// <summary>One 60-item roadmap to PDF in process: subsetting, layout and drawing (target under 50 ms).</summary>
[MemoryDiagnoser]
public class RoadmapToPdf
{
    private readonly PdfWriter writer = new(new PdfWriterOptions(RoadmapDocument.FontFolder()));
    private readonly Document document = RoadmapDocument.Create(60);
    private readonly MemoryStream output = new();

    [GlobalSetup]
    public void LoadFonts() => WritePdf();

    [Benchmark]
    public long WritePdf()
    {
        output.SetLength(0);
        writer.Write(document, output);
        return output.Length;
    }
}
