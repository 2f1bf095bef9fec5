using System.Globalization;

namespace Prikaz.Tests.Templating;

/// <summary>
/// One case of <c>tests/cases/templates</c>: insert the line <c>insert:</c> before line <c>line:</c>
/// of the template <c>template:</c>; the diagnostic must name that template at that line, or at
/// <c>reported-line:</c> when given (0: the template as a whole). Lines starting with <c>#</c> say why.
/// </summary>
internal sealed record TemplateFault(string Template, int Line, string Insert, int ReportedLine)
{
    public static TemplateFault Read(string path)
    {
        var fields = File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0], parts => parts[1].StartsWith(' ') ? parts[1][1..] : parts[1], StringComparer.Ordinal);
        var line = int.Parse(fields["line"], CultureInfo.InvariantCulture);
        var reported = fields.TryGetValue("reported-line", out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : line;
        return new TemplateFault(fields["template"], line, fields["insert"], reported);
    }

    public void ApplyTo(string folder)
    {
        var path = Path.Combine(folder, Template);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        Assert.True(Line >= 1 && Line <= lines.Count, $"{Template} has no line {Line}");
        lines.Insert(Line - 1, Insert);
        File.WriteAllText(path, string.Join('\n', lines));
    }
}
