using Prikaz.Documents;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Profiles;
using Prikaz.Reporting;

namespace Prikaz.Pipeline;

/// <summary>A document after the checks: as loaded, its authority's profile when one was found, every diagnostic, and the workspace it was checked in.</summary>
/// <param name="Measure">The text widths the checks used; the template model fits column widths with the same, so both agree.</param>
public sealed record CheckedDocument(LoadedDocument Loaded, AuthorityProfile? Profile, FileDiagnostics Report, DocumentWorkspace Workspace, ITextMeasure? Measure = null)
{
    /// <summary>The file as the user named it.</summary>
    public string Path => Loaded.Path;

    /// <summary>True when the document can be rendered: it loaded, its profile exists, and no check found an error.</summary>
    public bool CanRender => Loaded.Model is not null && Profile is not null && Report.ErrorCount == 0;
}
