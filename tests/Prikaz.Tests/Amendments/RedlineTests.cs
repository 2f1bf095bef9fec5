using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Prikaz.Amendments.Redline;
using Prikaz.Documents;
using Prikaz.Tests.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// The redline of the Chelyabinsk amendment (<c>prikaz diff … --format docx</c>): the new edition with
/// the four changes as Word tracked changes signed «Prikaz» on the amending order's date. Counted;
/// accepting them gives the new edition's text, rejecting them the old one's.
/// </summary>
public sealed class RedlineTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly string Folder = Path.Combine(Editions.Cases, "chelyabinsk");

    private static readonly Lazy<byte[]> Chelyabinsk = new(() =>
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("prikaz-redline-").FullName, "redline.docx");
        var run = CliRun.Of("diff", Path.Combine(Folder, "old.yaml"), Path.Combine(Folder, "new.yaml"), "--format", "docx", "-o", path, "--templates", CliRun.Templates);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("4 изменения в режиме исправлений", run.Out, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(path);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return bytes;
    });

    [Fact]
    public void The_redline_of_the_Chelyabinsk_amendment_has_its_tracked_changes_counted()
    {
        var body = Body(Chelyabinsk.Value);
        var insertedRuns = body.Descendants(W + "ins").Where(e => e.Parent!.Name != W + "trPr" && e.Parent.Name != W + "rPr").ToList();
        var deletedRuns = body.Descendants(W + "del").Where(e => e.Parent!.Name != W + "trPr" && e.Parent.Name != W + "rPr").ToList();

        // The edition note; 1.2's deadline; 3.1's five cells out and two in; 4.4's cells; 5.4's five cells.
        Assert.Equal(16, insertedRuns.Count);
        Assert.Equal(11, deletedRuns.Count);
        Assert.Equal(["del", "ins", "ins"], body.Descendants(W + "trPr").SelectMany(p => p.Elements()).Where(e => e.Name.LocalName is "ins" or "del").Select(e => e.Name.LocalName));
        Assert.Equal(1, body.Descendants(W + "rPr").Count(p => p.Parent!.Name == W + "pPr" && p.Element(W + "ins") is not null));

        Assert.Equal(["сентябрь", "ноябрь"], Texts(deletedRuns.Take(2)));
        Assert.Equal(["(в редакции приказа от 15.10.2020 № 01/2237)", "октябрь", "декабрь"], Texts(insertedRuns.Take(3)));
        Assert.Contains("Исключён. – Приказ от 15.10.2020 № 01/2237", Texts(insertedRuns));
        Assert.Contains("Информирование МОУО об ОО с низкими образовательными результатами", Texts(deletedRuns));
        Assert.All(body.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del"), revision =>
        {
            Assert.Equal("Prikaz", (string?)revision.Attribute(W + "author"));
            Assert.Equal("2020-10-15T00:00:00Z", (string?)revision.Attribute(W + "date"));
        });
        Assert.Empty(body.Descendants(W + "del").Descendants(W + "t"));
    }

    [Fact]
    public void Accepting_every_change_gives_the_new_edition_and_rejecting_them_the_old_one()
    {
        Assert.Equal(EditionText("new.yaml"), Text(Accepted(Body(Chelyabinsk.Value))));
        Assert.Equal(EditionText("old.yaml"), Text(Rejected(Body(Chelyabinsk.Value))));
    }

    [Fact]
    public void The_redline_passes_the_Open_XML_validator_and_is_the_same_bytes_every_time()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(Chelyabinsk.Value), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);

        var again = Path.Combine(Directory.CreateTempSubdirectory("prikaz-redline-").FullName, "again.docx");
        CliRun.Of("diff", Path.Combine(Folder, "old.yaml"), Path.Combine(Folder, "new.yaml"), "--format", "docx", "-o", again, "--templates", CliRun.Templates);
        Assert.Equal(Chelyabinsk.Value, File.ReadAllBytes(again));
        Directory.Delete(Path.GetDirectoryName(again)!, recursive: true);
    }

    [Fact]
    public void Words_changed_in_a_paragraph_are_deleted_then_inserted_and_the_rest_stays()
    {
        var merged = InlineDiff.Merge([new TextRun("срок до 1 октября 2020 года")], [new TextRun("срок ноябрь – декабрь 2020 года")]);

        Assert.Equal(
            [("срок ", Revision.None), ("до 1 октября", Revision.Deleted), ("ноябрь – декабрь", Revision.Inserted), (" 2020 года", Revision.None)],
            merged.Cast<TextRun>().Select(run => (run.Text, run.Revision)));
    }

    [Fact]
    public void Html_shows_a_redline_with_ins_and_del_and_the_pdf_writer_draws_it()
    {
        var document = new Document(
            new DocumentProperties("Редакция", "Prikaz", string.Empty, "ru-RU", new DateOnly(2020, 10, 15)),
            StyleSheet.Default,
            [new PageSection(PageSize.A4, PageOrientation.Portrait, new PageMargins(20, 10, 20, 30), PageNumbers.None, false,
                [new Paragraph(StyleIds.Normal, [new TextRun("срок "), new TextRun("до 1 октября") { Revision = Revision.Deleted }, new TextRun("декабрь") { Revision = Revision.Inserted }])])])
        {
            RevisionAuthor = new RevisionAuthor("Prikaz", new DateOnly(2020, 10, 15)),
        };
        var writers = Prikaz.Cli.Writers.For(TestPipeline.Repository.Templates);

        Assert.True(writers.TryGet("html", out var html));
        using var page = new MemoryStream();
        html!.Write(document, page);
        Assert.Contains("срок <del>до 1 октября</del><ins>декабрь</ins>", Encoding.UTF8.GetString(page.ToArray()), StringComparison.Ordinal);

        Assert.True(writers.TryGet("pdf", out var pdf));
        using var printed = new MemoryStream();
        pdf!.Write(document, printed);
        Assert.Contains("срок до 1 октябрядекабрь", Regex.Replace(string.Concat(Prikaz.Tests.Pdf.PdfText.Pages(printed.ToArray())), @"\s+", " "), StringComparison.Ordinal);
    }

    /// <summary>What Word's «Accept all» leaves: deleted rows, paragraphs and text gone, inserted ones kept as ordinary text.</summary>
    private static XElement Accepted(XElement body) => Resolved(body, keep: "ins", drop: "del");

    /// <summary>What «Reject all» leaves: the inserted gone, the deleted back.</summary>
    private static XElement Rejected(XElement body) => Resolved(body, keep: "del", drop: "ins");

    private static XElement Resolved(XElement body, string keep, string drop)
    {
        var copy = new XElement(body);
        copy.Descendants(W + "tr").Where(row => row.Element(W + "trPr")?.Element(W + drop) is not null).ToList().ForEach(row => row.Remove());
        copy.Descendants(W + "p").Where(p => p.Element(W + "pPr")?.Element(W + "rPr")?.Element(W + drop) is not null).ToList().ForEach(p => p.Remove());
        copy.Descendants(W + drop).ToList().ForEach(e => e.Remove());
        foreach (var kept in copy.Descendants(W + keep).ToList())
        {
            if (kept.Parent!.Name == W + "trPr" || kept.Parent.Name == W + "rPr")
            {
                kept.Remove();
            }
            else
            {
                kept.ReplaceWith(kept.Nodes());
            }
        }

        copy.Descendants(W + "delText").ToList().ForEach(text => text.Name = W + "t");
        return copy;
    }

    private static string EditionText(string file)
    {
        var document = TestPipeline.Repository.CheckFile(Path.Combine(Folder, file));
        var written = TestPipeline.Repository.Write(TestPipeline.Repository.Render(document), ["docx"]);
        return Text(Body(written.Files[0].Bytes));
    }

    private static string Text(XElement body) =>
        string.Join('\n', body.Descendants(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))));

    private static List<string> Texts(IEnumerable<XElement> revisions) =>
        [.. revisions.Select(r => string.Concat(r.Descendants().Where(e => e.Name == W + "t" || e.Name == W + "delText").Select(t => t.Value)).Replace('\u00A0', ' '))];

    private static XElement Body(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream).Root!.Element(W + "body")!;
    }
}
