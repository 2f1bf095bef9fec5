using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>A roadmap lists its items either in sections or directly, and has at least one.</summary>
internal sealed class SectionsOrItemsRule : IRule
{
    public string Code => "PRK019";

    public Severity Severity => Severity.Error;

    public string Title => "В «дорожной карте» должны быть заданы либо sections, либо items";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var site in context.Roadmaps)
        {
            var roadmap = site.Roadmap;
            if (roadmap.Sections.Count > 0 && roadmap.Items.Count > 0)
            {
                yield return new RuleFinding(site.Member("items"), "в «дорожной карте» заданы и sections, и items: оставьте что-то одно");
            }
            else if (roadmap.Sections.Count == 0 && roadmap.Items.Count == 0)
            {
                yield return new RuleFinding(site.Pointer, "в «дорожной карте» нет мероприятий: задайте sections или items");
            }
        }
    }
}
