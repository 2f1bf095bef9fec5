using UglyToad.PdfPig;

namespace Prikaz.Tests.PdfSeeds;

/// <summary>
/// A PDF's text as drawn: letters in content-stream order (the layout draws each paragraph and each
/// cell line by line), whitespace removed, so texts compare however lines were broken or justified.
/// </summary>
internal static class PdfLetters
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => Squeeze(string.Concat(page.Letters.Select(letter => letter.Value))))];
    }

    /// <summary>The text without whitespace; a non-breaking hyphen as the hyphen the PDF draws it with.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('\u2011', '-');

    /// <summary>
    /// Whether <paramref name="expected"/> is drawn: in one stretch, or in two stretches in order,
    /// which is how a table row split between pages draws its cells (the rest of each cell comes on
    /// the next page, under the repeated header and after the rest of the cells to its left).
    /// </summary>
    public static bool IsDrawn(string drawn, string expected)
    {
        if (drawn.Contains(expected, StringComparison.Ordinal))
        {
            return true;
        }

        for (var cut = 1; cut < expected.Length; cut++)
        {
            var head = drawn.IndexOf(expected[..cut], StringComparison.Ordinal);
            if (head < 0)
            {
                return false;
            }

            if (drawn.LastIndexOf(expected[cut..], StringComparison.Ordinal) >= head + cut)
            {
                return true;
            }
        }

        return false;
    }
}
