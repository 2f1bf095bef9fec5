using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Printability;
using Prikaz.Profiles;
using Prikaz.Reporting;
using Prikaz.Templating;
using Prikaz.Validation;

namespace Prikaz.Pipeline;

/// <summary>
/// Checks one roadmap file the way <c>prikaz validate</c>, <c>render</c> and <c>build</c> all do:
/// load (syntax, schema, binding), find the authority profile, run the semantic rules.
/// Thread-safe; profiles are loaded once per checker.
/// </summary>
public sealed class RoadmapChecker
{
    private readonly AuthorityProfiles profiles;
    private readonly IGlyphCoverage? coverage;

    /// <param name="coverage">What the PDF can draw (the PDF writer); without it characters the PDF would lose are not reported.</param>
    public RoadmapChecker(TemplateFolder folder, IGlyphCoverage? coverage = null)
    {
        Folder = folder;
        profiles = new AuthorityProfiles(folder);
        this.coverage = coverage;
    }

    /// <summary>The templates folder the profiles come from.</summary>
    public TemplateFolder Folder { get; }

    /// <summary>Checks <paramref name="path"/>; diagnostics name it as given.</summary>
    public FileDiagnostics Check(string path) => Inspect(path).Report;

    /// <summary>Checks <paramref name="path"/> and keeps what rendering needs: the model and its profile.</summary>
    public CheckedRoadmap Inspect(string path)
    {
        var loaded = OrderFileLoader.Load(path, path);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        AuthorityProfile? profile = null;
        if (loaded.Value is { } file)
        {
            var lookup = profiles.Find(file.Authority);
            profile = lookup.Profile;
            var position = loaded.Map.Locate("/authority");
            diagnostics.AddRange(lookup.Diagnostics.Select(d =>
                d.Code == ProfileCodes.UnknownAuthority ? d with { File = path, Line = position.Line, Column = position.Column } : d));
            diagnostics.AddRange(RoadmapValidator.Validate(file, loaded.Map, lookup.Profile is not null));
            diagnostics.AddRange(PrintabilityChecks.Check(file, loaded.Map, lookup, coverage));
        }

        var report = new FileDiagnostics(path, diagnostics);
        return new CheckedRoadmap(path, loaded.Value, profile, report);
    }
}
