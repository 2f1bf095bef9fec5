using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>A column of a plain table.</summary>
[Description("Столбец таблицы.")]
public sealed record TableColumn
{
    [Description("Ключ столбца (латиница): по нему строки называют свои ячейки. Ключ number — номер строки, он проставляется сам.")]
    public required string Key { get; init; }

    [Description("Заголовок столбца, как он печатается, например «Наименование общеобразовательной организации».")]
    public required string Title { get; init; }

    [Description("Ширина столбца в миллиметрах; если не указана, ширины столбцов подбираются по содержимому.")]
    public double? Width { get; init; }

    [Description("Столбец пуст по замыслу и заполняется от руки после печати (например, «Подпись»): его ячейки печатаются пустыми.")]
    public bool Blank { get; init; }
}
