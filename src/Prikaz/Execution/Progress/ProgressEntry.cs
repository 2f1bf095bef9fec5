using System.ComponentModel;

namespace Prikaz.Execution.Progress;

/// <summary>The state of one roadmap item at the end of the period, and what was done.</summary>
[Description("Сведения об одном мероприятии.")]
public sealed record ProgressEntry
{
    [Description("Номер мероприятия, как он напечатан в «дорожной карте», например «2.3».")]
    public required string Item { get; init; }

    [Description("Состояние: done — исполнено, in-progress — исполняется, not-started — не начато, cancelled — отменено (не исполняется по решению).")]
    public required ProgressStatus Status { get; init; }

    [Description("Дата исполнения, ГГГГ-ММ-ДД; указывается при status: done и не может быть позже окончания отчётного периода.")]
    public DateOnly? Done { get; init; }

    [Description("Что сделано: кратко, как в графе «Информация об исполнении».")]
    public string? What { get; init; }

    [Description("Документы, подтверждающие исполнение: приказ, письмо, протокол, публикация.")]
    public IReadOnlyList<ProgressEvidence> Evidence { get; init; } = [];
}
