using System.Text;
using Prikaz.Diagnostics;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Docs;

/// <summary>The README's table of diagnostic codes is generated from the code, so it cannot rot.</summary>
public sealed class ReadmeTests
{
    private const string Start = "<!-- codes:start -->";
    private const string End = "<!-- codes:end -->";

    [Fact]
    public void Diagnostic_code_table_matches_the_catalogue()
    {
        var path = Path.Combine(GoldenFile.RepositoryRoot(), "README.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var from = readme.IndexOf(Start, StringComparison.Ordinal);
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "README.md must hold the code table markers");

        var expected = readme[..(from + Start.Length)] + "\n" + Table() + readme[to..];
        if (expected != readme && Environment.GetEnvironmentVariable("PRIKAZ_ACCEPT") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(expected == readme, "The README's code table is out of date; run the tests with PRIKAZ_ACCEPT=1 to regenerate it.");
    }

    private static string Table()
    {
        var table = new StringBuilder("| code | severity | meaning |\n| --- | --- | --- |\n");
        foreach (var (code, title) in DiagnosticCatalog.All)
        {
            var severity = DiagnosticCatalog.SeverityOf(code) == Severity.Warning ? "warning" : "error";
            table.Append($"| {code} | {severity} | {title} |\n");
        }

        return table.ToString();
    }
}
