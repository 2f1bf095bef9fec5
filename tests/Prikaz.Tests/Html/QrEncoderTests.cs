using System.Text;
using Prikaz.Documents;
using Prikaz.Tests.Support;
using Prikaz.Writers.Html;
using Prikaz.Writers.Html.Qr;

namespace Prikaz.Tests.Html;

public sealed class QrEncoderTests
{
    private static readonly string CasesFolder = Path.Combine(GoldenFile.CasesRoot(), "html", "qr");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesFolder, "*.content.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".content.txt".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Modules_match_the_verified_matrix(string name)
    {
        var content = File.ReadAllText(Path.Combine(CasesFolder, name + ".content.txt"));

        var modules = QrEncoder.Encode(content);

        Assert.NotNull(modules);
        GoldenFile.Verify(Path.Combine(CasesFolder, name + ".verified.txt"), Render(modules));
    }

    [Theory]
    [InlineData(1, 21)]
    [InlineData(14, 21)]
    [InlineData(15, 25)]
    [InlineData(213, 57)]
    public void Size_grows_with_the_content(int length, int expectedSize)
    {
        var modules = QrEncoder.Encode(new string('z', length));

        Assert.NotNull(modules);
        Assert.Equal(expectedSize, modules.GetLength(0));
    }

    [Fact]
    public void Content_beyond_version_10_is_not_encoded()
    {
        Assert.Null(QrEncoder.Encode(new string('z', 214)));
    }

    [Fact]
    public void Finder_patterns_sit_in_three_corners()
    {
        var modules = QrEncoder.Encode("https://a.ru")!;
        var last = modules.GetLength(0) - 1;

        foreach (var (row, column) in new[] { (0, 0), (0, last - 6), (last - 6, 0) })
        {
            Assert.True(modules[row, column] && modules[row + 6, column + 6] && modules[row + 3, column + 3]);
            Assert.False(modules[row + 1, column + 1]);
        }
    }

    [Fact]
    public void Without_a_picture_the_page_draws_the_code_as_inline_svg_linked_to_the_content()
    {
        var html = Write(new QrCode("https://a.ru", 20));

        Assert.Contains("<a href=\"https://a.ru\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\" role=\"img\" aria-label=\"QR-код: https://a.ru\"", html, StringComparison.Ordinal);
        Assert.Contains("style=\"width: 20mm; height: 20mm\"", html, StringComparison.Ordinal);
        Assert.Contains("<path d=\"M4,4h7v1h-7z", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_long_content_is_shown_as_text_in_a_framed_square()
    {
        var content = new string('z', 300);

        var html = Write(new QrCode(content, 20));

        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"qr\" style=\"width: 20mm; height: 20mm\" title=\"QR-код\">{content}</div>", html, StringComparison.Ordinal);
    }

    private static string Render(bool[,] modules)
    {
        var text = new StringBuilder();
        for (var row = 0; row < modules.GetLength(0); row++)
        {
            for (var column = 0; column < modules.GetLength(1); column++)
            {
                text.Append(modules[row, column] ? '#' : '.');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Write(Block block)
    {
        var document = new Document(
            new DocumentProperties("Проба", "Министерство", string.Empty, "ru", new DateOnly(2020, 1, 1)),
            StyleSheet.Default,
            [new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.None, false, [block])]);
        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
