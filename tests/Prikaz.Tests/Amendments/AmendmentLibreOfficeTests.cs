using System.Diagnostics;
using System.Text.RegularExpressions;
using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// LibreOffice as a real client of what amendments produce: the amendment order, the one that restates
/// the appendix, and the consolidated edition open and print their legal text. Also <c>prikaz amend
/// --from</c> over a real git repository. External processes, hence the trait.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AmendmentLibreOfficeTests
{
    [Fact]
    public void The_amendment_order_opens_in_LibreOffice_with_its_formulas()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        Assert.Equal(0, folder.Amend().ExitCode);

        var text = PrintedByLibreOffice(TestPipeline.Repository, folder.Amendment, folder.Path);

        Assert.Contains("О внесении изменений в приказ Министерства образования и науки Челябинской области от 23.06.2020 № 017/1324", text, StringComparison.Ordinal);
        Assert.Contains("2) пункт 3.1 исключить;", text, StringComparison.Ordinal);
        Assert.Contains("3) пункт 4.4 изложить в следующей редакции:", text, StringComparison.Ordinal);
        Assert.Contains("4.4.", text, StringComparison.Ordinal);
        Assert.Contains("Проведение диагностики", text, StringComparison.Ordinal);
        Assert.Contains("».", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_amendment_that_restates_the_appendix_opens_with_the_new_edition_attached()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        var templates = Directory.CreateDirectory(Path.Combine(folder.Path, "templates", "authorities")).FullName;
        File.WriteAllText(Path.Combine(templates, "chelyabinsk-minobr.yaml"),
            File.ReadAllText(Path.Combine(CliRun.Templates, "authorities", "chelyabinsk-minobr.yaml")) + "amendmentRestateShare: 0.05\n");
        var overlay = Path.GetDirectoryName(templates)!;
        Assert.Equal(0, CliRun.Of("amend", folder.Old, folder.New, "-o", folder.Amendment, "--templates", overlay).ExitCode);

        var text = PrintedByLibreOffice(TestPipeline.For(new TemplateFolder([overlay, CliRun.Templates])), folder.Amendment, folder.Path);

        Assert.Contains("изложить в новой редакции согласно приложению к настоящему приказу.", text, StringComparison.Ordinal);
        Assert.Contains("«УТВЕРЖДЕНА", text, StringComparison.Ordinal);
        Assert.Contains("3.1. Исключён. – Приказ от 15.10.2020 № 01/2237", text, StringComparison.Ordinal);
        Assert.Contains("5.4. Подведение итогов реализации", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_consolidated_edition_opens_with_the_amending_order_under_its_title()
    {
        var folder = Directory.CreateTempSubdirectory("prikaz-consolidated-").FullName;
        try
        {
            var text = PrintedByLibreOffice(TestPipeline.Repository, Path.Combine(Editions.Cases, "chelyabinsk", "new.yaml"), folder);

            Assert.Contains("(в редакции приказа от 15.10.2020 № 01/2237)", text, StringComparison.Ordinal);
            Assert.Contains("3.1. Исключён. – Приказ от 15.10.2020 № 01/2237", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Информирование МОУО", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_redline_opens_in_LibreOffice_with_the_changes_shown()
    {
        if (!ExternalTool.Available("soffice", "pdftotext", "pdfinfo"))
        {
            return;
        }

        using var folder = AmendmentFolder.Chelyabinsk();
        var docx = Path.Combine(folder.Path, "redline.docx");
        Assert.Equal(0, CliRun.Of("diff", folder.Old, folder.New, "--format", "docx", "-o", docx, "--templates", CliRun.Templates).ExitCode);

        ExternalTool.Run("soffice", [$"-env:UserInstallation=file://{folder.Path}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder.Path, docx]);
        var text = Regex.Replace(string.Join("\n", PdfPage.Read(Path.ChangeExtension(docx, ".pdf")).Select(page => page.Text)).Replace('\u00A0', ' '), @"\s+", " ");

        // LibreOffice prints tracked changes in place: the deleted words and rows as well as the inserted ones.
        Assert.Contains("(в редакции приказа от 15.10.2020 № 01/2237)", text, StringComparison.Ordinal);
        Assert.Contains("Информирование МОУО об ОО", text, StringComparison.Ordinal);
        Assert.Contains("Исключён. – Приказ от 15.10.2020 № 01/2237", text, StringComparison.Ordinal);
        Assert.Contains("Подведение итогов реализации", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Amend_from_a_git_revision_names_the_file_whose_new_edition_records_the_amendment()
    {
        if (!ExternalTool.Available("git"))
        {
            return;
        }

        using var folder = AmendmentFolder.Chelyabinsk();
        var roadmaps = Directory.CreateDirectory(Path.Combine(folder.Path, "roadmaps")).FullName;
        var file = Path.Combine(roadmaps, "chelyabinsk.yaml");
        File.Copy(folder.Old, file);
        Git(folder.Path, "init", "--quiet");
        Git(folder.Path, "add", ".");
        Git(folder.Path, "-c", "user.name=Prikaz", "-c", "user.email=prikaz@example.org", "commit", "--quiet", "-m", "signed");
        File.Copy(folder.New, file, overwrite: true);

        var amendment = Path.Combine(roadmaps, "chelyabinsk.amendment-2020-10-15.yaml");
        var run = CliRun.Of("amend", file, "--from", "HEAD", "--templates", CliRun.Templates);

        Assert.True(run.ExitCode == 0, run.All);
        var yaml = File.ReadAllText(amendment);
        Assert.Contains("# по двум редакциям: HEAD:chelyabinsk.yaml → chelyabinsk.yaml.", yaml, StringComparison.Ordinal);
        Assert.Contains("  file: chelyabinsk.yaml\n", yaml, StringComparison.Ordinal);
        Assert.Empty(TestPipeline.Repository.CheckFile(amendment).Report.Diagnostics);
    }

    /// <summary>Renders <paramref name="path"/> to DOCX, has LibreOffice print it to PDF, and returns the text, spaces collapsed.</summary>
    private static string PrintedByLibreOffice(DocumentPipeline pipeline, string path, string folder)
    {
        if (!ExternalTool.Available("soffice", "pdftotext", "pdfinfo"))
        {
            return string.Empty;
        }

        var document = pipeline.CheckFile(path);
        Assert.True(document.CanRender, string.Join("\n", document.Report.Diagnostics));
        var written = pipeline.Write(pipeline.Render(document), ["docx"]);
        var docx = Path.Combine(folder, "printed.docx");
        File.WriteAllBytes(docx, written.Files[0].Bytes);
        ExternalTool.Run("soffice", [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder, docx]);
        var text = string.Join("\n", PdfPage.Read(Path.ChangeExtension(docx, ".pdf")).Select(page => page.Text));
        return Regex.Replace(text.Replace('\u00A0', ' '), @"\s+", " ");
    }

    private static void Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
    }
}
