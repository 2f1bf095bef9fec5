using Prikaz.Russian;

namespace Prikaz.Reporting;

/// <summary>Compiler-style lines (<c>path:line:col: error PRK004: …</c>) and a Russian summary.</summary>
public sealed class TextReport : IDiagnosticReport
{
    public string Format => "text";

    /// <summary>One line per diagnostic, without the summary.</summary>
    public void WriteDiagnostics(IEnumerable<Prikaz.Diagnostics.Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }
    }

    public void Write(IReadOnlyList<FileDiagnostics> files, TextWriter output)
    {
        WriteDiagnostics(files.SelectMany(f => f.Diagnostics), output);

        var errors = files.Sum(f => f.ErrorCount);
        var warnings = files.Sum(f => f.WarningCount);
        var failed = files.Count(f => f.ErrorCount > 0);
        output.WriteLine(
            $"Проверено {RussianPlural.Count(files.Count, "файл", "файла", "файлов")}: " +
            $"{RussianPlural.Count(errors, "ошибка", "ошибки", "ошибок")}, " +
            $"{RussianPlural.Count(warnings, "предупреждение", "предупреждения", "предупреждений")}" +
            (failed > 0 ? $"; с ошибками: {RussianPlural.Count(failed, "файл", "файла", "файлов")}." : "."));
    }
}
