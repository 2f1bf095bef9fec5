using System.Text.Json;
using Prikaz.Diagnostics;

namespace Prikaz.Reporting;

/// <summary>
/// SARIF 2.1.0 (OASIS), the format code scanning reads to annotate pull requests. Artifact URIs are
/// relative to the repository root under the base id <c>%SRCROOT%</c> (SARIF 3.4.4, 3.14.14), so the
/// same file gets the same URI whichever folder <c>validate</c> ran in and however the path was given;
/// code scanning maps <c>%SRCROOT%</c> to its checkout. Every rule carries its Russian title, its help and
/// its default level; a run that could not check anything is still a valid log, with the reason as a
/// tool notification (<see cref="WriteFailure"/>), because an empty file breaks the upload.
/// </summary>
public sealed class SarifReport : IDiagnosticReport
{
    /// <summary>The URI base id of the repository root.</summary>
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>The README's heading of the code table, as an anchor of <see cref="Links.HelpUri"/>.</summary>
    public const string CodeTableAnchor = "diagnostic-codes";

    private readonly string toolVersion;
    private readonly Links links;
    private readonly string sourceRoot;

    /// <param name="sourceRoot">The repository root (<see cref="Building.SourceRoots"/>): artifact URIs are relative to it. It may be the file system's root.</param>
    public SarifReport(string toolVersion, Links links, string sourceRoot)
    {
        this.toolVersion = toolVersion;
        this.links = links;
        this.sourceRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot));
    }

    public string Format => "sarif";

    public void Write(IReadOnlyList<FileDiagnostics> files, TextWriter output) =>
        Write(files.SelectMany(f => f.Diagnostics).ToList(), [], output);

    /// <summary>A log for a run that checked nothing (a missing path, a bad option): no results, the problems as error notifications.</summary>
    public void WriteFailure(IReadOnlyList<string> problems, TextWriter output) => Write([], problems, output);

    private void Write(IReadOnlyList<Diagnostic> all, IReadOnlyList<string> problems, TextWriter output)
    {
        var codes = all.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        ReportJson.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "prikaz");
            json.WriteString("version", toolVersion);
            json.WriteString("informationUri", links.InformationUri.AbsoluteUri);
            json.WriteStartArray("rules");
            foreach (var code in codes)
            {
                WriteRule(json, code);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", problems.Count == 0);
            if (problems.Count > 0)
            {
                json.WriteStartArray("toolExecutionNotifications");
                foreach (var problem in problems)
                {
                    json.WriteStartObject();
                    json.WriteString("level", "error");
                    WriteMessage(json, "message", problem);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteString("uri", new Uri(Path.EndsInDirectorySeparator(sourceRoot) ? sourceRoot : sourceRoot + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteStartObject("description");
            json.WriteString("text", "Корень репозитория (ближайшая папка с .git)");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var d in all)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Code);
                json.WriteNumber("ruleIndex", codes.IndexOf(d.Code));
                json.WriteString("level", ReportJson.Word(d.Severity));
                WriteMessage(json, "message", d.Message);
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                WriteArtifactLocation(json, d.File);
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

    private void WriteRule(Utf8JsonWriter json, string code)
    {
        var title = DiagnosticCatalog.TitleOf(code);
        var severity = DiagnosticCatalog.SeverityOf(code);
        var consequence = severity == Severity.Error
            ? "Ошибка: документ с ней не выпускается, prikaz validate завершается с кодом 1."
            : "Предупреждение: документ выпускается; с --fail-on-warnings prikaz validate и prikaz build завершаются с кодом 1.";
        json.WriteStartObject();
        json.WriteString("id", code);
        WriteMessage(json, "shortDescription", title);
        json.WriteString("helpUri", links.HelpUri.AbsoluteUri);
        json.WriteStartObject("help");
        json.WriteString("text", $"{code}: {title}. {consequence} Все коды: README.md, раздел «Diagnostic codes».");
        json.WriteString("markdown", $"**{code}**: {title}.\n\n{consequence}\n\nВсе коды — в README.md, раздел [«Diagnostic codes»]({links.HelpUri.AbsoluteUri}).");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", ReportJson.Word(severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // Inside the repository: a URI relative to %SRCROOT%, each segment escaped (spaces, Cyrillic). Outside
    // it (a file given by an absolute path elsewhere): the absolute file URI, which no checkout maps.
    private void WriteArtifactLocation(Utf8JsonWriter json, string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(sourceRoot, full);
        json.WriteStartObject("artifactLocation");
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            json.WriteString("uri", new Uri(full).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRootId);
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>
    /// Where a reader of the log learns about the tool and its codes: <see cref="InformationUri"/> (the
    /// project's page, or the README shipped with the tool) and <see cref="HelpUri"/>, its code table.
    /// </summary>
    public sealed record Links(Uri InformationUri)
    {
        public Uri HelpUri { get; } = new(InformationUri.GetLeftPart(UriPartial.Query) + "#" + CodeTableAnchor);
    }
}
