using System.Text.Json.Nodes;
using Prikaz.Diagnostics;

namespace Prikaz.Loading;

/// <summary>
/// A YAML file read as a JSON tree. <see cref="Map"/> gives the position of every value;
/// <see cref="Keys"/> the position of every mapping key, by the pointer of its value (unknown keys are
/// reported on the key itself). <see cref="Root"/> is null when the file could not be read.
/// </summary>
internal sealed record YamlDocument(
    JsonNode? Root,
    SourceMap Map,
    IReadOnlyDictionary<string, SourcePosition> Keys,
    IReadOnlyList<Diagnostic> Diagnostics);
