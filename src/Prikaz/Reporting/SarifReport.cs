using System.Text.Json;
using Prikaz.Diagnostics;

namespace Prikaz.Reporting;

/// <summary>
/// SARIF 2.1.0, the format code scanning reads to annotate pull requests. Rule metadata comes from
/// the diagnostic catalogue so every code has its Russian title.
/// </summary>
public sealed class SarifReport : IDiagnosticReport
{
    private readonly string toolVersion;

    public SarifReport(string toolVersion) => this.toolVersion = toolVersion;

    public string Format => "sarif";

    public void Write(IReadOnlyList<FileDiagnostics> files, TextWriter output)
    {
        var all = files.SelectMany(f => f.Diagnostics).ToList();
        var codes = all.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        ReportJson.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "prikaz");
            json.WriteString("version", toolVersion);
            json.WriteString("informationUri", "https://github.com/prikaz/prikaz");
            json.WriteStartArray("rules");
            foreach (var code in codes)
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", DiagnosticCatalog.TitleOf(code));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var d in all)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Code);
                json.WriteNumber("ruleIndex", codes.IndexOf(d.Code));
                json.WriteString("level", ReportJson.Word(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", d.File.Replace('\\', '/'));
                json.WriteEndObject();
                if (d.Line > 0)
                {
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", d.Line);
                    json.WriteNumber("startColumn", Math.Max(1, d.Column));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
