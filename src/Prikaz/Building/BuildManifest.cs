using System.Text.Encodings.Web;
using System.Text.Json;
using Prikaz.Diagnostics;
using Prikaz.IO;

namespace Prikaz.Building;

/// <summary>
/// <c>manifest.json</c>: every document of a build (or of one shard) with its inputs' fingerprint and
/// its files' hashes. It is the memory of incremental builds and a record CI can publish. The text is
/// deterministic — entries sorted by source, no timestamps, invariant numbers, LF line ends — so two
/// builds of the same commit write the same bytes.
/// </summary>
public sealed record BuildManifest(string Tool, IReadOnlyList<string> Formats, Shard Shard, IReadOnlyList<ManifestEntry> Documents)
{
    /// <summary>The manifest's file name inside the output folder.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // File names may be Cyrillic; keep them readable. Output is deterministic either way.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The entries of the manifest in <paramref name="outputFolder"/> by source; empty when there is none or it cannot be read.</summary>
    public static IReadOnlyDictionary<string, ManifestEntry> ReadEntries(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                var outputs = document.GetProperty("outputs").EnumerateArray()
                    .Select(o => new ManifestOutput(
                        o.GetProperty("format").GetString()!,
                        o.GetProperty("file").GetString()!,
                        o.GetProperty("sha256").GetString()!,
                        o.GetProperty("bytes").GetInt64(),
                        o.GetProperty("pages").ValueKind == JsonValueKind.Number ? o.GetProperty("pages").GetInt32() : null))
                    .ToList();
                var entry = new ManifestEntry(
                    document.GetProperty("source").GetString()!,
                    document.GetProperty("sourceSha256").GetString()!,
                    document.GetProperty("fingerprint").GetString(),
                    Enum.Parse<BuildStatus>(document.GetProperty("status").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true),
                    document.GetProperty("diagnostics").GetInt32(),
                    outputs)
                {
                    Check = document.TryGetProperty("check", out var check) && check.ValueKind == JsonValueKind.Object ? ReadCheck(check) : null,
                    Reads = document.TryGetProperty("reads", out var reads) && reads.ValueKind == JsonValueKind.Object
                        ? new DocumentDependencies(Strings(reads.GetProperty("documents")), Strings(reads.GetProperty("folders")))
                        : DocumentDependencies.None,
                };
                entries[entry.Source] = entry;
            }
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
        {
            // A damaged manifest only costs a full rebuild.
            entries.Clear();
        }

        return entries;
    }

    private static CheckCache ReadCheck(JsonElement check) => new(
        check.GetProperty("key").GetString()!,
        check.GetProperty("kind").GetString()!,
        [.. check.GetProperty("diagnostics").EnumerateArray().Select(d => new Diagnostic(
            string.Empty,
            d.GetProperty("line").GetInt32(),
            d.GetProperty("column").GetInt32(),
            d.GetProperty("severity").GetString() switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                var other => throw new FormatException($"severity {other}"),
            },
            d.GetProperty("code").GetString()!,
            d.GetProperty("message").GetString()!))]);

    private static IReadOnlyList<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString()!)];

    /// <summary>Writes the manifest atomically into <paramref name="outputFolder"/>.</summary>
    public void Write(string outputFolder) => AtomicFile.WriteAllBytes(Path.Combine(outputFolder, FileName), ToBytes());

    /// <summary>The manifest's bytes: UTF-8 JSON without a byte-order mark, ending with a line feed.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("tool", Tool);
            json.WriteStartArray("formats");
            foreach (var format in Formats.Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(format);
            }

            json.WriteEndArray();
            json.WriteString("shard", Shard.ToString());
            json.WriteStartArray("documents");
            foreach (var document in Documents.OrderBy(d => d.Source, StringComparer.Ordinal))
            {
                WriteEntry(json, document);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The name a status has in the manifest and in logs.</summary>
    public static string StatusName(BuildStatus status) => status switch
    {
        BuildStatus.Rendered => "rendered",
        BuildStatus.UpToDate => "up-to-date",
        BuildStatus.Interrupted => "interrupted",
        _ => "failed",
    };

    private static void WriteEntry(Utf8JsonWriter json, ManifestEntry document)
    {
        json.WriteStartObject();
        json.WriteString("source", document.Source);
        json.WriteString("sourceSha256", document.SourceSha256);
        if (document.Fingerprint is null)
        {
            json.WriteNull("fingerprint");
        }
        else
        {
            json.WriteString("fingerprint", document.Fingerprint);
        }

        json.WriteString("status", StatusName(document.Status));
        json.WriteNumber("diagnostics", document.Diagnostics);
        json.WriteStartArray("outputs");
        foreach (var output in document.Outputs.OrderBy(o => o.Format, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("format", output.Format);
            json.WriteString("file", output.File);
            json.WriteString("sha256", output.Sha256);
            json.WriteNumber("bytes", output.Bytes);
            if (output.Pages is { } pages)
            {
                json.WriteNumber("pages", pages);
            }
            else
            {
                json.WriteNull("pages");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (!document.Reads.IsEmpty)
        {
            json.WriteStartObject("reads");
            WriteStrings(json, "documents", document.Reads.Documents);
            WriteStrings(json, "folders", document.Reads.Folders);
            json.WriteEndObject();
        }

        if (document.Check is { } check)
        {
            WriteCheck(json, check);
        }

        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteCheck(Utf8JsonWriter json, CheckCache check)
    {
        json.WriteStartObject("check");
        json.WriteString("key", check.Key);
        json.WriteString("kind", check.Kind);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in check.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("code", diagnostic.Code);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
