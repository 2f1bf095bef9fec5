using Prikaz.Building;
using Prikaz.Cli;

namespace Prikaz.Tests.Build;

/// <summary>
/// The build fingerprint takes the files the selected writers name as their inputs
/// (<c>IDocumentWriter.InputFiles</c>), instead of a «pdf» special case hashing the whole font folder:
/// a font the PDF embeds re-renders the PDFs, the font licence beside it does not, and a build without
/// PDF does not depend on the fonts at all.
/// </summary>
public sealed class WriterInputFingerprintTests
{
    [Fact]
    public void A_font_the_pdf_embeds_rerenders_and_the_licence_beside_it_does_not()
    {
        using var workspace = new BuildWorkspace();
        var fonts = Path.Combine(workspace.Templates, "fonts");
        Assert.Equal(4, Build(workspace, "pdf").With(BuildStatus.Rendered).Count);

        File.AppendAllText(Path.Combine(fonts, "LICENSE"), "\n# touched by a test\n");
        Assert.Equal(4, Build(workspace, "pdf").With(BuildStatus.UpToDate).Count);

        // Bytes after the last table change no glyph, but they are another font file.
        File.AppendAllBytes(Path.Combine(fonts, "DejaVuSerif.ttf"), [0, 0, 0, 0]);
        Assert.Equal(4, Build(workspace, "pdf").With(BuildStatus.Rendered).Count);
    }

    [Fact]
    public void A_build_without_pdf_does_not_depend_on_the_fonts()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(4, Build(workspace, "docx,html").With(BuildStatus.Rendered).Count);

        File.AppendAllBytes(Path.Combine(workspace.Templates, "fonts", "LiberationSerif-Regular.ttf"), [0, 0, 0, 0]);

        Assert.Equal(4, Build(workspace, "docx,html").With(BuildStatus.UpToDate).Count);
    }

    private static BuildRun Build(BuildWorkspace workspace, string formats)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = PrikazApp.Run(
            ["build", "--roadmaps", workspace.Roadmaps, "-o", workspace.Output, "--templates", workspace.Templates, "--to", formats],
            stdout, stderr, TimeProvider.System);
        var run = new BuildRun(exit, stdout.ToString(), stderr.ToString(), BuildManifest.ReadEntries(workspace.Output));
        Assert.True(exit == 0, run.ToString());
        return run;
    }
}
