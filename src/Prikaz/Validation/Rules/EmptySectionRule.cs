using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>A section with no items (Амур's section 5 once its only item sits in section 4).</summary>
internal sealed class EmptySectionRule : IRule
{
    public string Code => "PRK013";

    public Severity Severity => Severity.Error;

    public string Title => "Раздел «дорожной карты» не содержит мероприятий";

    public IEnumerable<RuleFinding> Check(RuleContext context) =>
        context.Sections
            .Where(section => section.Items.Count == 0)
            .Select(section => new RuleFinding(section.Pointer + "/items",
                $"раздел {section.Number} {Quoted.Text(section.Section.Title)} не содержит мероприятий"));
}
