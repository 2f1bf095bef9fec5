using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>A deadline the parser did not recognise (Молчаново: «Май – август 2020, далее – ежегодное обновление»).</summary>
internal sealed class FreeTextDeadlineRule : IRule
{
    public string Code => "PRK015";

    public Severity Severity => Severity.Warning;

    public string Title => "Срок не распознан и будет напечатан как написан, без проверок";

    public IEnumerable<RuleFinding> Check(RuleContext context) =>
        context.Deadlines()
            .Where(site => site.Deadline.IsFreeText && !string.IsNullOrWhiteSpace(site.Deadline.Source))
            .Select(site => new RuleFinding(site.Pointer,
                $"срок {Quoted.Text(site.Deadline.Source)} не распознан: он будет напечатан как написан и не проверяется по датам"));
}
