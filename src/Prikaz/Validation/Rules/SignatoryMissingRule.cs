using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>No signatory in the order and no authority profile to take the default one from.</summary>
internal sealed class SignatoryMissingRule : IRule
{
    public string Code => "PRK022";

    public Severity Severity => Severity.Error;

    public string Title => "Подписант не указан, а профиля органа власти, из которого его можно взять, нет";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        if (context.File.Order.Signatory is null && context.AuthorityProfileExists == false)
        {
            yield return new RuleFinding("/order",
                $"не указан подписант (order.signatory), а профиль органа власти «{context.File.Authority}» не найден, чтобы взять подписанта из него");
        }
    }
}
