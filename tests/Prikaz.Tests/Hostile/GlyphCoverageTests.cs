using Prikaz.Documents;
using Prikaz.Tests.Cli;
using Prikaz.Writers.Pdf;
using UglyToad.PdfPig;

namespace Prikaz.Tests.Hostile;

/// <summary>
/// Issue 8, case 5: characters the PDF fonts lack vanished from the PDF without a word. They are drawn
/// with the shipped fallback font (Georgian) or reported by validate (CJK, Arabic, Devanagari, emoji);
/// zero-width and bidi marks leave no gap.
/// </summary>
public sealed class GlyphCoverageTests : IDisposable
{
    private readonly HostileFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Cjk_arabic_devanagari_and_emoji_are_reported_by_validate_with_their_code_points()
    {
        var line = Title("Об утверждении 中 ع ह 😀 ქ");

        var run = CliRun.Of("validate", folder.Seed, "--templates", folder.Templates);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{folder.Seed}:{line}:10: warning PRK241: в шрифтах PDF нет символов U+4E2D «中», U+0639 «ع», U+0939 «ह», U+1F600 «😀»: в PDF они пропадут", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("U+10E5", run.Out, StringComparison.Ordinal); // Georgian: the fallback has it
    }

    [Fact]
    public void A_profile_text_the_pdf_fonts_lack_is_reported_at_the_profiles_line()
    {
        var profile = Path.Combine(folder.Templates, "authorities", "chelyabinsk-minobr.yaml");
        var lines = File.ReadAllLines(profile).ToList();
        var line = lines.IndexOf("  - ЧЕЛЯБИНСКОЙ ОБЛАСТИ");
        lines[line] = "  - ЧЕЛЯБИНСКОЙ ОБЛАСТИ 中";
        File.WriteAllLines(profile, lines);

        var run = CliRun.Of("validate", folder.Seed, "--templates", folder.Templates);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"authorities/chelyabinsk-minobr.yaml:{line + 1}:5: warning PRK241: в шрифтах PDF нет символов U+4E2D «中»", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Georgian_is_drawn_with_the_fallback_font_instead_of_vanishing()
    {
        var text = PdfTextOf("Საქართველო ქართული");

        Assert.Contains("ქართული", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_georgian_signatory_name_is_drawn_with_the_fallback_font_too()
    {
        using var pdf = PdfDocument.Open(Pdf(new SignatureBlock(["Министр"], "Н. Гелашвили ნინო")));

        Assert.Contains("ნინო", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_width_and_bidi_marks_leave_no_gap_in_the_pdf()
    {
        var plain = LetterPositions("ab");
        var marked = LetterPositions("a\u200B\u200F\u202Eb\u2066");

        Assert.Equal(plain, marked);
    }

    private int Title(string title)
    {
        var lines = File.ReadAllLines(folder.Seed).ToList();
        var line = lines.FindIndex(l => l.StartsWith("  title:", StringComparison.Ordinal));
        lines[line] = $"  title: \"{title}\"";
        File.WriteAllLines(folder.Seed, lines);
        return line + 1;
    }

    private static byte[] Pdf(string text) => Pdf(new Paragraph(StyleIds.Normal, [new TextRun(text)]));

    private static byte[] Pdf(Block block)
    {
        var document = new Document(
            new DocumentProperties("t", "a", "s", "ru-RU", new DateOnly(2024, 1, 1)),
            StyleSheet.Default,
            [new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.None, false, [block])]);
        using var output = new MemoryStream();
        new PdfWriter(new PdfWriterOptions(Path.Combine(CliRun.Templates, "fonts"))).Write(document, output);
        return output.ToArray();
    }

    private static string PdfTextOf(string text)
    {
        using var pdf = PdfDocument.Open(Pdf(text));
        return pdf.GetPage(1).Text;
    }

    private static string LetterPositions(string text)
    {
        using var pdf = PdfDocument.Open(Pdf(text));
        return string.Join(" ", pdf.GetPage(1).Letters.Select(letter => $"{letter.Value}@{letter.StartBaseLine.X:0.00}"));
    }
}
