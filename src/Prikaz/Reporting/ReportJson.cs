using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Prikaz.Diagnostics;

namespace Prikaz.Reporting;

/// <summary>
/// How the JSON reports are written: indented, Cyrillic kept readable (not \u-escaped), one document
/// to the output writer; and the severity words they share.
/// </summary>
internal static class ReportJson
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>«error» or «warning», as compilers and SARIF spell them.</summary>
    public static string Word(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
