using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>A point of the order's operative part, possibly with sub-points (3.1., 3.2.).</summary>
[Description("Пункт приказа, может содержать подпункты.")]
public sealed record Point
{
    [Description("Закреплённый номер (например «3», «3.1», «1)» или «а)»): чтобы воспроизвести уже подписанный приказ или, в файле с editions, дать вставленному пункту подномер; обычно номер выводится из порядка пунктов.")]
    public string? Number { get; init; }

    [Description("Устойчивый идентификатор пункта (латиница, цифры, «-», «_», «.»): по нему редакции сопоставляются точно, даже если текст изменён. Не печатается.")]
    public string? Id { get; init; }

    [Description("Текст пункта.")]
    public required string Text { get; init; }

    [Description("Таблица в пункте, печатается после его текста: столбцы и строки, как у приложения-таблицы.")]
    public PlainTable? Table { get; init; }

    [Description("Подпункты.")]
    public IReadOnlyList<Point> Points { get; init; } = [];

    [Description("Как нумеруются подпункты этого пункта: nested — «3.1.», «3.2.» (по умолчанию); digits — «1)», «2)»; letters — «а)», «б)». Если не указано, а номер подпункта закреплён как «1)» или «а)», нумерация берётся из него.")]
    public SubpointNumbering? Numbering { get; init; }

    [Description("Обязанность представлять информацию об исполнении, которую устанавливает этот пункт (например, «ежеквартально в срок до 5 числа месяца, следующего за отчетным периодом»): {every: quarter, day: 5, responsible: [id]}.")]
    public Reporting? Reporting { get; init; }

    [Description("Отметка об исключении: дата и номер приказа о внесении изменений, которым он исключён. Пункт сохраняет свой номер и текст подписанной редакции; приказ должен быть среди editions.")]
    public Edition? Excluded { get; init; }
}
