using Prikaz.Diagnostics;

namespace Prikaz.Building;

/// <summary>
/// A document's check results kept in <c>manifest.json</c>, so an unchanged document is neither parsed
/// nor validated again and the build still reports its warnings. Kept only for a document that could
/// be rendered and whose every diagnostic is about the document itself.
/// </summary>
/// <param name="Key">The <see cref="CheckKeys"/> key of the inputs the results came from.</param>
/// <param name="Kind">The document kind's id (its output names depend on it).</param>
/// <param name="Diagnostics">The warnings, in the order the checks reported them, with an empty <see cref="Diagnostic.File"/>: the document, under whatever path the next build names it.</param>
public sealed record CheckCache(string Key, string Kind, IReadOnlyList<Diagnostic> Diagnostics);
