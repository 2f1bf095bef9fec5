using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>One activity (мероприятие) of the roadmap: a row of the table.</summary>
[Description("Мероприятие «дорожной карты» — строка таблицы.")]
public sealed record Item
{
    [Description("Закреплённый номер (например «3.3»): чтобы воспроизвести подписанный документ или, в файле с editions, дать вставленному мероприятию подномер («4.4.1» между 4.4 и 4.5); обычно выводится из положения в разделе.")]
    public string? Number { get; init; }

    [Description("Устойчивый идентификатор мероприятия (латиница, цифры, «-», «_», «.»): по нему редакции сопоставляются точно, даже если текст изменён. Не печатается.")]
    public string? Id { get; init; }

    [Description("Наименование мероприятия. Перевод строки в тексте сохраняется.")]
    public required string Activity { get; init; }

    [Description("Срок: «июнь – июль 2020 года», «до 1 октября 2020 года», «Апрель», «III квартал 2020 года», «2020 год», «постоянно», «по графику» … или список таких сроков. Нераспознанный текст допускается с предупреждением.")]
    public Deadline? Deadline { get; init; }

    [Description("Ответственные исполнители: идентификаторы из parties; {party: id, note: …} — с пояснением; {text: …} — свободный текст, если исполнитель не организация.")]
    public IReadOnlyList<PartyRef> Responsible { get; init; } = [];

    [Description("Ожидаемый результат.")]
    public string? Result { get; init; }

    [Description("Целевая группа: идентификаторы из parties или {text: …}.")]
    public IReadOnlyList<PartyRef> TargetGroup { get; init; } = [];

    [Description("Примечание.")]
    public string? Notes { get; init; }

    [Description("Значения собственных столбцов: ключ столбца → текст.")]
    public IReadOnlyDictionary<string, string> Custom { get; init; } = new Dictionary<string, string>();

    [Description("График: подстроки мероприятия (например, семинары по районам и месяцам). Ответственные и результат мероприятия объединяются на все подстроки.")]
    public IReadOnlyList<ScheduleRow> Schedule { get; init; } = [];

    [Description("Отметка об исключении: дата и номер приказа о внесении изменений, которым оно исключено. Мероприятие сохраняет свой номер и текст подписанной редакции; приказ должен быть среди editions.")]
    public Edition? Excluded { get; init; }
}
