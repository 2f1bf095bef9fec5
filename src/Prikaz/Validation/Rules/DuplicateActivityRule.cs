using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>The same activity listed twice, ignoring case and spacing.</summary>
internal sealed class DuplicateActivityRule : IRule
{
    public string Code => "PRK014";

    public Severity Severity => Severity.Warning;

    public string Title => "Одно и то же мероприятие указано дважды";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var roadmap in context.Roadmaps)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in roadmap.Numbering.AllItems)
            {
                var key = Normalize(item.Item.Activity);
                if (seen.TryGetValue(key, out var earlier))
                {
                    yield return new RuleFinding(item.Pointer + "/activity",
                        $"мероприятие {Quoted.Text(item.Item.Activity)} уже есть под номером {earlier}");
                }
                else
                {
                    seen.Add(key, item.Number);
                }
            }
        }
    }

    private static string Normalize(string activity) =>
        string.Join(' ', activity.ToLowerInvariant().Replace('ё', 'е').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
