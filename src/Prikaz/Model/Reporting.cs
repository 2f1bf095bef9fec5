using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>
/// A duty to report on execution that a point imposes: Amur point 3.2 «представлять … информацию …
/// ежеквартально в срок до 5 числа месяца, следующего за отчетным периодом» is
/// <c>{ every: quarter, day: 5, responsible: [mouo] }</c>. Not printed: the point's text says it.
/// </summary>
[Description("Обязанность представлять информацию об исполнении, которую устанавливает пункт: периодичность и срок. В документ не печатается — это делает текст пункта; нужна для календаря сроков и контроля исполнения.")]
public sealed record Reporting
{
    [Description("Отчётный период: month — месяц, quarter — квартал, halfYear — полугодие, year — год.")]
    public required ReportingPeriod Every { get; init; }

    [Description("Число месяца, следующего за отчётным периодом, не позднее которого представляется информация, например 5.")]
    public required int Day { get; init; }

    [Description("Кто представляет информацию: идентификаторы из parties или {text: …}.")]
    public IReadOnlyList<PartyRef> Responsible { get; init; } = [];
}
