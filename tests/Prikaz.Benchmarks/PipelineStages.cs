using BenchmarkDotNet.Attributes;
using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Documents.Markup;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Performance;
using Prikaz.Writers.Docx;
using Prikaz.Writers.Html;
using Prikaz.Writers.Pdf;
using Prikaz.Writers.Pdf.Fonts;
using Prikaz.Writers.Pdf.Layout;

namespace Prikaz.Benchmarks;

/// <summary>
/// Where the time of one document goes, stage by stage, on a generated roadmap of 60 and of 600 rows:
/// load (YAML → JSON tree with positions), schema (validate and bind the model), rules (profile and
/// the kind's checks), template (Scriban → markup; the benchmark runs template and markup together,
/// the template's share is the difference), markup (markup → document model), layout (PDF line breaking
/// and pagination, fonts subset), and each writer whole. Every stage starts from the previous one's
/// result, prepared once in the set-up.
/// </summary>
[MemoryDiagnoser]
public class PipelineStages
{
    private readonly DocxWriter docx = new();
    private readonly HtmlWriter html = new();
    private readonly MemoryStream output = new();
    private string folder = string.Empty;
    private string path = string.Empty;
    private string text = string.Empty;
    private DocumentPipeline pipeline = null!;
    private PdfWriter pdf = null!;
    private DocumentWorkspace workspace = null!;
    private YamlDocument yaml = null!;
    private LoadedDocument loaded = null!;
    private CheckedDocument checkedDocument = null!;
    private string markup = string.Empty;
    private StyleSheet styles = null!;
    private Document document = null!;
    private FontFiles fonts = null!;
    private IReadOnlySet<int> characters = null!;

    [Params(60, 600)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Prepare()
    {
        var root = Repository.Root();
        folder = Directory.CreateTempSubdirectory("prikaz-bench-").FullName;
        path = GeneratedRoadmap.Write(Path.Combine(root, "roadmaps", "chelyabinsk-2020-shnor.yaml"), folder, Rows);
        text = File.ReadAllText(path);
        var templates = new TemplateFolder(Path.Combine(root, "templates"));
        pdf = new PdfWriter(new PdfWriterOptions(templates.Fonts));
        var writers = new DocumentWriters([docx, html, pdf]);
        pipeline = new DocumentPipeline(templates, writers, coverage: writers.CoverageOf(writers.Formats));
        workspace = pipeline.Workspace(folder);
        yaml = YamlSource.Parse(text, path, []);
        loaded = DocumentLoader.Parse(text, path);
        checkedDocument = pipeline.Check(loaded, workspace);
        var rendered = pipeline.Render(checkedDocument);
        markup = rendered.Markup;
        styles = ProfileStyles.Create(checkedDocument.Profile!);
        document = rendered.Document!;
        fonts = FontFiles.Load(templates.Fonts);
        characters = DocumentCharacters.Of(document);
        WritePdf();
        WriteDocx();
        WriteHtml();
    }

    [GlobalCleanup]
    public void Clean()
    {
        fonts.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Description = "load")]
    public object Load() => YamlSource.Parse(text, path, []);

    [Benchmark(Description = "schema")]
    public object? Schema() => DocumentKinds.BuiltIn.Binding(DocumentKinds.BuiltIn.Default).Apply(yaml, []);

    [Benchmark(Description = "rules")]
    public CheckedDocument Rules() => pipeline.Check(loaded, workspace);

    [Benchmark(Description = "template+markup")]
    public RenderedDocument Template() => pipeline.Render(checkedDocument);

    [Benchmark(Description = "markup")]
    public MarkupResult Markup() => MarkupParser.Parse(markup, styles);

    [Benchmark(Description = "subset")]
    public int Subset()
    {
        using var set = fonts.Subset(characters, out _);
        return characters.Count;
    }

    [Benchmark(Description = "subset+layout")]
    public int Layout()
    {
        using var set = fonts.Subset(characters, out _);
        return new DocumentLayout(set).Lay(document).Count;
    }

    [Benchmark(Description = "pdf")]
    public long WritePdf() => Write(pdf);

    [Benchmark(Description = "docx")]
    public long WriteDocx() => Write(docx);

    [Benchmark(Description = "html")]
    public long WriteHtml() => Write(html);

    private long Write(IDocumentWriter writer)
    {
        output.SetLength(0);
        writer.Write(document, output);
        return output.Length;
    }
}
