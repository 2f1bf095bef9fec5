using System.Text.RegularExpressions;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Examples;

/// <summary>
/// LibreOffice, a real client, opens each example's DOCX: the same pages as Prikaz's own PDF, the
/// appendices in their orientation, the draft's mark and blanks, no header word broken inside.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ExampleLibreOfficeTests(ExamplePdfs pdfs) : IClassFixture<ExamplePdfs>
{
    public static TheoryData<string> Names => Examples.All();

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void LibreOffice_prints_as_many_pages_as_the_pdf_writer(string name)
    {
        Skip.IfNot(pdfs.Available, ExternalTool.Absence("soffice", "pdftotext", "pdfinfo"));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Examples.Get(name).Files["pdf"]);
        Assert.Equal(pdf.NumberOfPages, pdfs.PagesOf(name).Count);
    }

    [SkippableFact]
    public void The_examples_print_their_new_parts()
    {
        Skip.IfNot(pdfs.Available, ExternalTool.Absence("soffice", "pdftotext", "pdfinfo"));

        var school = Text("school-2025-quality-plan");
        Assert.Matches(@"(?m)\bОтметка о\s*$", school);
        Assert.Matches(@"(?m)\bвыполнении\s*$", school);
        Assert.Contains("С приказом ознакомлены:", school, StringComparison.Ordinal);

        var region = pdfs.PagesOf("region-2025-school-support");
        Assert.Equal(["portrait", "portrait", "landscape"], region.Select(page => page.Orientation));
        Assert.Equal(3, Regex.Matches(Text("region-2025-school-support"), "№ 02-22/143").Count);

        var draft = Text("draft-2025-working-group");
        Assert.Matches(@"^\s*ПРОЕКТ", draft);
        Assert.Contains("ЛИСТ СОГЛАСОВАНИЯ", draft, StringComparison.Ordinal);
        Assert.Matches(@"4\) состав рабочей группы", draft);
    }

    private string Text(string name) => string.Join("\n", pdfs.PagesOf(name).Select(page => page.Text)).Replace('\u00A0', ' ');
}
