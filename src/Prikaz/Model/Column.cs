using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>A column of the roadmap table, as the author titles it.</summary>
[Description("Столбец таблицы мероприятий.")]
public sealed record Column
{
    /// <summary>Keys with a built-in meaning; any other key names a custom column.</summary>
    public static readonly IReadOnlySet<string> BuiltInKeys =
        new HashSet<string>(StringComparer.Ordinal) { "number", "activity", "deadline", "responsible", "result", "targetGroup" };

    [Description("Ключ столбца: number, activity, deadline, responsible, result, targetGroup или собственный (латиница).")]
    public required string Key { get; init; }

    [Description("Заголовок столбца, как он печатается, например «Срок (период) проведения».")]
    public required string Title { get; init; }

    [Description("Ширина столбца в миллиметрах; если не указана, берётся из профиля или делится поровну.")]
    public double? Width { get; init; }

    [Description("Столбец пуст по замыслу и заполняется от руки после печати, например «Отметка о выполнении»: его ячейки печатаются пустыми, и пустота не считается ошибкой.")]
    public bool Blank { get; init; }
}
