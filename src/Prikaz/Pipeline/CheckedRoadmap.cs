using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Reporting;

namespace Prikaz.Pipeline;

/// <summary>A checked roadmap file: its model and profile when they loaded, and every diagnostic.</summary>
public sealed record CheckedRoadmap(string Path, OrderFile? File, AuthorityProfile? Profile, FileDiagnostics Report)
{
    /// <summary>True when the file can be rendered: it loaded, its profile exists, and no rule found an error.</summary>
    public bool CanRender => File is not null && Profile is not null && Report.ErrorCount == 0;
}
