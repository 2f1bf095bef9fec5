using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>A sub-row of an item's schedule: where or what, and when.</summary>
[Description("Строка графика мероприятия.")]
public sealed record ScheduleRow
{
    [Description("Что или где: например, «г. Шимановск, Завитинский район».")]
    public required string Activity { get; init; }

    [Description("Срок этой строки графика.")]
    public Deadline? Deadline { get; init; }
}
