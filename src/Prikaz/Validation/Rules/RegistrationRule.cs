using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>
/// A signed order has a date and a registration number; only a draft (<c>draft: true</c>) leaves them to
/// registration. <c>number: ""</c> used to pass and print «№ » with nothing after it.
/// </summary>
internal sealed class RegistrationRule : IRule
{
    public string Code => "PRK031";

    public Severity Severity => Severity.Error;

    public string Title => "Не указаны дата или номер приказа, а приказ не отмечен как проект (draft: true)";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var order = context.File.Order;
        if (order.Draft)
        {
            yield break;
        }

        if (order.Date is null)
        {
            yield return new RuleFinding("/order", "не указана дата приказа (date: ГГГГ-ММ-ДД); если это проект и дата появится при регистрации, укажите draft: true");
        }

        if (order.Number is null)
        {
            yield return new RuleFinding("/order", "не указан номер приказа (number); если это проект и номер появится при регистрации, укажите draft: true");
        }
        else if (string.IsNullOrWhiteSpace(order.Number))
        {
            yield return new RuleFinding("/order/number", "номер приказа пуст; укажите номер, а если это проект и номер появится при регистрации — уберите number и укажите draft: true");
        }
    }
}
