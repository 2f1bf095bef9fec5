using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>«С приказом ознакомлены»: the people who sign that they have read the order, each with a place for signature and date.</summary>
[Description("Лист ознакомления «С приказом ознакомлены»: сотрудники, которые расписываются в ознакомлении, с местом для подписи и даты.")]
public sealed record Acquaintance
{
    [Description("Где печатается: afterSignature — после подписи (по умолчанию), separateSheet — на отдельном листе после текста приказа.")]
    public AcquaintancePlacement Placement { get; init; } = AcquaintancePlacement.AfterSignature;

    [Description("Сотрудники по порядку: ФИО и должность.")]
    public required IReadOnlyList<AcquaintedPerson> People { get; init; }
}
