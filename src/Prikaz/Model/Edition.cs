using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>
/// An edition of a signed order, named by the order that made it: the approving order itself, or an
/// amendment order «О внесении изменений …». Its date and number identify it in the consolidated text
/// («в редакции приказа от 15.10.2020 № 01/2237») and in the marks of excluded items.
/// </summary>
[Description("Редакция подписанного приказа: дата и номер приказа, которым она утверждена (первая редакция) или изменена (приказ о внесении изменений).")]
public sealed record Edition
{
    [Description("Дата приказа, ГГГГ-ММ-ДД.")]
    public required DateOnly Date { get; init; }

    [Description("Номер приказа без знака №, например 01/2237.")]
    public required string Number { get; init; }
}
