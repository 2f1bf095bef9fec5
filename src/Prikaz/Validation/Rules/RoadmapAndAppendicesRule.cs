using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>
/// <c>roadmap:</c> is the short form of a single appendix; beside <c>appendices:</c> the numbers of the
/// appendices («Приложение № 2») would depend on which of the two was meant to come first.
/// </summary>
internal sealed class RoadmapAndAppendicesRule : IRule
{
    public string Code => "PRK028";

    public Severity Severity => Severity.Error;

    public string Title => "Указаны и roadmap, и appendices";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        if (context.File is { Roadmap: not null, Appendices.Count: > 0 })
        {
            yield return new RuleFinding("/appendices",
                "указаны и roadmap, и appendices: перенесите «дорожную карту» в appendices (- roadmap: …) на её место среди приложений, а roadmap уберите");
        }
    }
}
