using System.Text.Json.Serialization;

namespace Prikaz.Preview;

/// <summary>The state the page receives with every version (server-sent event <c>state</c>).</summary>
/// <param name="Rendered">The version of the rendering the page should show; null while none succeeded.</param>
internal sealed record StateMessage(
    int Version,
    int? Rendered,
    string Title,
    string File,
    int Errors,
    int Warnings,
    long RenderMilliseconds,
    IReadOnlyList<DiagnosticMessage> Diagnostics,
    EarlierMessage? Earlier,
    MarksMessage Marks);

/// <summary>One diagnostic as the overlay lists it.</summary>
/// <param name="Location"><c>file:line:col</c>, or the file alone when the problem has no position.</param>
/// <param name="EditorLink">A <c>vscode://</c> link to the place, when the file is on disk.</param>
internal sealed record DiagnosticMessage(string Location, string Severity, string Code, string Message, string? EditorLink);

/// <summary>The earlier edition's pane.</summary>
internal sealed record EarlierMessage(string Revision, int? Rendered, IReadOnlyList<DiagnosticMessage> Diagnostics);

/// <summary>Changed units of each edition by JSON Pointer: <c>added</c>, <c>removed</c> or <c>changed</c>.</summary>
internal sealed record MarksMessage(IReadOnlyDictionary<string, string> Earlier, IReadOnlyDictionary<string, string> Current);

/// <summary>Where a clicked element comes from in the YAML.</summary>
/// <param name="EditorLink">A <c>vscode://</c> link; null for an edition that is not on disk (a git revision).</param>
internal sealed record SourceAnswer(string Pointer, string File, int Line, int Column, string? EditorLink);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StateMessage))]
[JsonSerializable(typeof(SourceAnswer))]
internal sealed partial class PreviewJson : JsonSerializerContext;
