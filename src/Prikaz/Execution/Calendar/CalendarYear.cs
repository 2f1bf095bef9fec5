using System.ComponentModel;

namespace Prikaz.Execution.Calendar;

/// <summary>
/// One year of the production calendar as shipped in <c>templates/calendars/ru/&lt;year&gt;.yaml</c>:
/// the holidays of art. 112 of the Labour Code and the Government's transfers of days off, with the
/// decree cited, so next year's decree is entered as data, without C#.
/// </summary>
[Description("Производственный календарь на один год: нерабочие праздничные дни и переносы выходных дней.")]
public sealed record CalendarYear
{
    [Description("Год, например 2020; совпадает с именем файла (2020.yaml).")]
    public required int Year { get; init; }

    [Description("Постановление Правительства Российской Федерации о переносе выходных дней в этом году: дата, номер, название.")]
    public required string Decree { get; init; }

    [Description("Нерабочие праздничные дни года по статье 112 Трудового кодекса Российской Федерации, ГГГГ-ММ-ДД.")]
    public required IReadOnlyList<DateOnly> Holidays { get; init; }

    [Description("Переносы выходных дней из постановления, как в его тексте: «с субботы 4 января на понедельник 4 мая».")]
    public IReadOnlyList<DayOffTransfer> Transfers { get; init; } = [];
}
