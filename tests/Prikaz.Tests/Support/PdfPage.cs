using System.Globalization;
using System.Text.RegularExpressions;

namespace Prikaz.Tests.Support;

/// <summary>One page of a PDF as poppler sees it: its orientation and its text laid out (<c>pdftotext -layout</c>).</summary>
internal sealed partial record PdfPage(string Orientation, string Text)
{
    /// <summary>Every page of <paramref name="pdf"/>: sizes from <c>pdfinfo</c>, text from one <c>pdftotext</c> call.</summary>
    public static IReadOnlyList<PdfPage> Read(string pdf)
    {
        var info = ExternalTool.Run("pdfinfo", ["-f", "1", "-l", "1000", pdf]);
        var texts = ExternalTool.Run("pdftotext", ["-layout", pdf, "-"]).Split('\f');
        var pages = new List<PdfPage>();
        foreach (Match match in PageSize().Matches(info))
        {
            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var width = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var height = double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            pages.Add(new PdfPage(width > height ? "landscape" : "portrait", texts[number - 1]));
        }

        return pages;
    }

    /// <summary>The first non-empty line, trimmed (the page number when the page has one in its header).</summary>
    public string FirstLine =>
        Text.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? string.Empty;

    [GeneratedRegex(@"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)")]
    private static partial Regex PageSize();
}
