using System.Text;
using UglyToad.PdfPig;

namespace Prikaz.Tests.Pdf;

/// <summary>Reads a PDF back with PdfPig: page sizes, text per page (words grouped into lines by baseline), fonts.</summary>
internal static class PdfText
{
    public static string Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.Append("=== page ").Append(page.Number).Append(' ')
                .Append(Math.Round(page.Width / 72 * 25.4)).Append('x').Append(Math.Round(page.Height / 72 * 25.4)).Append(" mm\n");
            var lines = page.GetWords()
                .GroupBy(word => Math.Round(word.BoundingBox.Bottom / 2))
                .OrderByDescending(line => line.Key);
            foreach (var line in lines)
            {
                text.Append(string.Join(' ', line.OrderBy(word => word.BoundingBox.Left).Select(word => word.Text))).Append('\n');
            }
        }

        return text.ToString();
    }

    public static IReadOnlyList<string> FontNames(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(page => page.Letters).Select(letter => letter.FontName ?? "").Distinct().Order(StringComparer.Ordinal)];
    }
}
