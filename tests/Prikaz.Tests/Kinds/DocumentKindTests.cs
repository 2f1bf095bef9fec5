using System.Text;
using System.Text.RegularExpressions;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Pdf;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Kinds;

/// <summary>
/// A new document kind is one class and one registry line: the memo kind of the tests is loaded,
/// checked and rendered in every format by the same pipeline as the order, with a template of its own
/// laid over the repository's templates.
/// </summary>
public sealed class DocumentKindTests
{
    private static readonly string Memo = Path.Combine(MemoKind.Folder, "zapiska.yaml");

    private static DocumentPipeline Pipeline()
    {
        var templates = new TemplateFolder([MemoKind.Folder, Path.Combine(GoldenFile.RepositoryRoot(), "templates")]);
        return new DocumentPipeline(templates, Prikaz.Cli.Writers.For(templates), DocumentKinds.BuiltIn.With(new MemoKind()));
    }

    [Fact]
    public void A_kind_added_through_the_registry_renders_in_every_format()
    {
        var pipeline = Pipeline();
        var memo = pipeline.CheckFile(Memo);
        Assert.True(memo.CanRender, string.Join("\n", memo.Report.Diagnostics));
        Assert.Equal("memo", memo.Loaded.Kind!.Id);

        var rendered = pipeline.Render(memo);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        var written = pipeline.Write(rendered, pipeline.Writers.Formats).Files.ToDictionary(f => f.Format, StringComparer.Ordinal);

        Assert.Equal(["docx", "html", "pdf", "xlsx"], written.Keys.Order(StringComparer.Ordinal));
        // Compared with line breaks and non-breaking spaces as plain spaces: each format wraps its own way.
        var html = Flat(Encoding.UTF8.GetString(written["html"].Bytes));
        var pdf = Flat(PdfText.Pages(written["pdf"].Bytes));
        var docx = Flat(DocxPartDump.Text(written["docx"].Bytes));
        foreach (var text in new[] { "СЛУЖЕБНАЯ ЗАПИСКА", "Адресат: Министру образования", "согласован с ГБУ ДПО РЦОКИО", "А.И. Кузнецов" })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
            Assert.Contains(text, pdf, StringComparison.Ordinal);
            Assert.Contains(text, docx, StringComparison.Ordinal);
        }

        // The shared partials typeset the memo as they typeset orders: «ёлочки», the № and the date line.
        Assert.Contains("«дорожной карты»", html, StringComparison.Ordinal);
        Assert.Contains("№ 01-12/5", pdf, StringComparison.Ordinal);
        Assert.Equal(1, written["pdf"].Pages);
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void The_kind_rules_run_and_report_at_the_kind_file_position()
    {
        var pipeline = Pipeline();
        var text = File.ReadAllText(Memo).Replace("  text: |-", "  text: \" \"\n  unused: |-", StringComparison.Ordinal);
        var loaded = DocumentLoader.Parse(text, "zapiska.yaml", pipeline.Kinds);

        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal("zapiska.yaml:9:3: error PRK120: неизвестное поле \"unused\"; допустимые поля: date, number, title, addressee, text", diagnostic.ToString());

        var empty = File.ReadAllText(Memo).Replace("  text: |-", "  text: \" \"\n  # |-", StringComparison.Ordinal)
            .Replace("    Докладываю", "  # Докладываю", StringComparison.Ordinal).Replace("    Прошу", "  # Прошу", StringComparison.Ordinal);
        var workspace = pipeline.WorkspaceAround(Memo);
        var checkedMemo = pipeline.Check(DocumentLoader.Parse(empty, "zapiska.yaml", pipeline.Kinds), workspace);
        Assert.Equal("zapiska.yaml:8:9: warning PRK098: в служебной записке нет текста", Assert.Single(checkedMemo.Report.Diagnostics).ToString());
    }

    [Fact]
    public void Without_the_kind_in_the_registry_the_file_is_refused_with_the_known_kinds()
    {
        var loaded = DocumentLoader.Load(Memo, "zapiska.yaml");

        Assert.Null(loaded.Model);
        Assert.Equal(
            "zapiska.yaml:1:7: error PRK115: неизвестный вид документа \"memo\". Допустимые виды: order — приказ (распоряжение) с «дорожной картой» в приложении; progress — сведения о ходе исполнения «дорожной карты» за отчётный период; amendment — приказ о внесении изменений в приказ с «дорожной картой»",
            Assert.Single(loaded.Diagnostics).ToString());
    }
}
