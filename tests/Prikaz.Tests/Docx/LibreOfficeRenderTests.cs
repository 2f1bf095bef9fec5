using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Prikaz.Tests.Docx;

/// <summary>
/// LibreOffice as a real client: it must open the sample DOCX and lay it out as intended (page
/// numbers from page 2, landscape appendix, the table header repeated on each page of the table).
/// Runs when <c>soffice</c> and poppler's tools are installed; with <c>PRIKAZ_REQUIRE_SOFFICE=1</c>
/// (set by CI, which installs them) their absence is a failure rather than a quiet pass.
/// </summary>
public sealed partial class LibreOfficeRenderTests
{
    [Fact]
    public void LibreOffice_lays_out_the_sample_as_intended()
    {
        if (!Installed("soffice") || !Installed("pdftotext") || !Installed("pdfinfo"))
        {
            Assert.False(Environment.GetEnvironmentVariable("PRIKAZ_REQUIRE_SOFFICE") == "1",
                "PRIKAZ_REQUIRE_SOFFICE=1 but soffice, pdftotext or pdfinfo is missing (apt-get install libreoffice-writer-nogui poppler-utils).");
            return;
        }

        var folder = Path.Combine(Path.GetTempPath(), "prikaz-docx-render");
        Directory.CreateDirectory(folder);
        var docx = Path.Combine(folder, "sample-order.docx");
        var pdf = Path.ChangeExtension(docx, ".pdf");
        File.WriteAllBytes(docx, SampleDocument.Docx());
        File.Delete(pdf);

        Run("soffice", $"-env:UserInstallation=file://{folder}/profile --headless --convert-to pdf --outdir {folder} {docx}");

        var pages = Pages(pdf);
        Assert.True(pages.Count >= 5, $"expected an order of 2 pages and an appendix of 3, got {pages.Count} pages");
        Assert.Equal("portrait", pages[0].Orientation);
        Assert.Equal("portrait", pages[1].Orientation);
        Assert.DoesNotMatch(@"^\s*1\s*$", FirstLine(pages[0].Text));
        Assert.Equal("2", FirstLine(pages[1].Text));
        Assert.Contains("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ", pages[0].Text, StringComparison.Ordinal);

        var appendix = pages.Skip(2).ToList();
        Assert.All(appendix, page => Assert.Equal("landscape", page.Orientation));
        Assert.Equal("3", FirstLine(appendix[0].Text));
        Assert.Contains("УТВЕРЖДЕНА", appendix[0].Text, StringComparison.Ordinal);
        var pagesWithTableHeader = appendix.Count(page => page.Text.Contains("Наименование мероприятия", StringComparison.Ordinal));
        Assert.True(pagesWithTableHeader >= 2, "the roadmap table's header must repeat on each page it spans");
    }

    private sealed record Page(string Orientation, string Text);

    private static List<Page> Pages(string pdf)
    {
        var info = Run("pdfinfo", $"-f 1 -l 100 {pdf}");
        var result = new List<Page>();
        foreach (Match match in PageSize().Matches(info))
        {
            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var width = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var height = double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            var text = Run("pdftotext", $"-f {number} -l {number} -layout {pdf} -");
            result.Add(new Page(width > height ? "landscape" : "portrait", text));
        }

        return result;
    }

    private static string FirstLine(string text) =>
        text.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? string.Empty;

    private static bool Installed(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish in 3 minutes");
        }

        Assert.True(process.ExitCode == 0, $"{tool} {arguments} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    [GeneratedRegex(@"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)")]
    private static partial Regex PageSize();
}
