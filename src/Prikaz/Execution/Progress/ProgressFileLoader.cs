using Prikaz.Loading;

namespace Prikaz.Execution.Progress;

/// <summary>Loads a progress file with the roadmap's machinery: size and encoding, YAML with positions, schema, binding.</summary>
public static class ProgressFileLoader
{
    private static readonly SchemaBoundLoader<ProgressFile> Loader = new(() => ProgressSchema.Json);

    /// <summary>Reads and loads <paramref name="path"/>; diagnostics name <paramref name="displayPath"/>.</summary>
    public static LoadedProgress Load(string path, string displayPath) => From(Loader.Load(path, displayPath));

    /// <summary>Loads YAML text already in memory.</summary>
    public static LoadedProgress Parse(string text, string displayPath) => From(Loader.Parse(text, displayPath));

    private static LoadedProgress From(Loaded<ProgressFile> loaded) => new(loaded.Value, loaded.Diagnostics, loaded.Map);
}

/// <summary>A loaded progress file: the model when there are no errors, the diagnostics, and where each value stands.</summary>
public sealed record LoadedProgress(ProgressFile? Value, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics, SourceMap Map);
