namespace Prikaz.Templating;

/// <summary>One folder of a <see cref="TemplateFolder"/>: the user's own, or the copy shipped with the tool.</summary>
/// <param name="Root">The folder's full path, as named.</param>
/// <param name="RealRoot">Its real path (links resolved): every file read from the layer is below it.</param>
/// <param name="Display">The folder as diagnostics show it: relative to the working folder when inside it.</param>
/// <param name="Rank">1 for the top layer, 2 for the one under it …; names the layer in fingerprints without a machine's paths.</param>
public sealed record TemplateLayer(string Root, string RealRoot, string Display, int Rank);
