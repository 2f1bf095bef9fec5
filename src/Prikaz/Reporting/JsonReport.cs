using System.Text.Json;
using Prikaz.Diagnostics;

namespace Prikaz.Reporting;

/// <summary>A plain JSON array of files with their diagnostics, for scripts.</summary>
public sealed class JsonReport : IDiagnosticReport
{
    public string Format => "json";

    public void Write(IReadOnlyList<FileDiagnostics> files, TextWriter output)
    {
        ReportJson.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("errors", files.Sum(f => f.ErrorCount));
            json.WriteNumber("warnings", files.Sum(f => f.WarningCount));
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("file", file.File);
                json.WriteStartArray("diagnostics");
                foreach (var d in file.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("code", d.Code);
                    json.WriteString("severity", ReportJson.Word(d.Severity));
                    json.WriteString("message", d.Message);
                    json.WriteNumber("line", d.Line);
                    json.WriteNumber("column", d.Column);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
