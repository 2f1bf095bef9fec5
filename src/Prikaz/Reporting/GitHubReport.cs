using System.Globalization;
using System.Text;
using Prikaz.Diagnostics;
using Prikaz.Russian;

namespace Prikaz.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one line per diagnostic:
/// <c>::error file=roadmaps/x.yaml,line=12,col=5,title=PRK004::…</c>. The runner turns them into
/// annotations on the pull request's changed lines in any repository, private ones included (code
/// scanning with SARIF needs a public repository or a paid plan). File names are relative to the
/// repository root, as the runner resolves them. Values are escaped as the runner unescapes them
/// (<c>%</c>, CR, LF; in properties also <c>:</c> and <c>,</c>), and any other control character is
/// shown escaped (<see cref="OneLine"/>), so no name or message can forge a command line of its own.
/// </summary>
public sealed class GitHubReport : IDiagnosticReport
{
    private readonly string sourceRoot;

    /// <param name="sourceRoot">The repository root: file names are made relative to it.</param>
    public GitHubReport(string sourceRoot) => this.sourceRoot = Path.GetFullPath(sourceRoot);

    public string Format => "github";

    public void Write(IReadOnlyList<FileDiagnostics> files, TextWriter output)
    {
        foreach (var d in files.SelectMany(f => f.Diagnostics))
        {
            var properties = new StringBuilder("file=").Append(Property(Building.SourceRoots.Relative(sourceRoot, d.File)));
            if (d.Line > 0)
            {
                properties.Append(CultureInfo.InvariantCulture, $",line={d.Line},col={Math.Max(1, d.Column)}");
            }

            properties.Append(",title=").Append(Property(d.Code));
            output.Write($"::{(d.Severity == Severity.Error ? "error" : "warning")} {properties}::{Data(d.Message)}\n");
        }

        // A plain line for the person reading the log; it is no command.
        var errors = files.Sum(f => f.ErrorCount);
        var warnings = files.Sum(f => f.WarningCount);
        output.Write(
            $"Проверено {RussianPlural.Count(files.Count, "файл", "файла", "файлов")}: " +
            $"{RussianPlural.Count(errors, "ошибка", "ошибки", "ошибок")}, " +
            $"{RussianPlural.Count(warnings, "предупреждение", "предупреждения", "предупреждений")}.\n");
    }

    /// <summary>A command's message: <c>%</c>, CR and LF escaped as the runner unescapes them.</summary>
    public static string Data(string text) =>
        OtherControls(text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal));

    /// <summary>A property value: as <see cref="Data"/>, and <c>:</c> and <c>,</c>, which end a value.</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    // CR and LF are gone by now; a tab, an escape sequence or NEL is shown as \t, \u001b, \u0085.
    private static string OtherControls(string text) => OneLine.Of(text);
}
