using Prikaz.Documents;
using Prikaz.Loading;
using Prikaz.Profiles;

namespace Prikaz.Kinds;

/// <summary>What a kind's rules see: the loaded document, its authority's profile, and the workspace it can resolve other documents in.</summary>
/// <param name="Profile">The authority's profile when it loaded; null when there is none.</param>
/// <param name="ProfileExists">Whether the profile was found; null when the document names no authority to look for.</param>
/// <param name="ProfileMap">Where each value of the profile file stands, for a problem the profile's own text causes.</param>
/// <param name="AsOf">The day deadlines are checked against (<c>--as-of</c>); null, so that builds stay reproducible, unless the user gives one.</param>
/// <param name="Measure">Text widths in the document's fonts, for the checks of what fits on the page; null when no writer can measure.</param>
public sealed record DocumentCheck(LoadedDocument Document, AuthorityProfile? Profile, bool? ProfileExists, SourceMap? ProfileMap, DocumentWorkspace Workspace, DateOnly? AsOf, ITextMeasure? Measure = null);
