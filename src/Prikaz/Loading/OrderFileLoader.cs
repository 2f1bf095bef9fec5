using Prikaz.Model;
using Prikaz.Schema;

namespace Prikaz.Loading;

/// <summary>
/// Loads a roadmap file (<c>roadmaps/*.yaml</c>) into an <see cref="OrderFile"/>. Every problem — I/O,
/// encoding, YAML syntax, limits, schema, impossible values — comes back as a diagnostic with a
/// PRK100–PRK149 code (<see cref="Diagnostics.LoadCodes"/>); nothing throws on bad input.
/// </summary>
public static class OrderFileLoader
{
    private static readonly SchemaBoundLoader<OrderFile> Loader = new(() => RoadmapSchema.Json);

    /// <summary>Reads and loads <paramref name="path"/>; diagnostics name <paramref name="displayPath"/> (default: the path as given).</summary>
    public static LoadResult Load(string path, string? displayPath = null) => From(Loader.Load(path, displayPath ?? path));

    /// <summary>Loads YAML text already in memory; diagnostics name <paramref name="displayPath"/>.</summary>
    public static LoadResult Parse(string text, string displayPath) => From(Loader.Parse(text, displayPath));

    private static LoadResult From(Loaded<OrderFile> loaded) => new(loaded.Value, loaded.Diagnostics, loaded.Map);
}
