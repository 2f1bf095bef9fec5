namespace Prikaz.Execution.Progress;

/// <summary>The Russian words for a status, as the report and the diagnostics print them.</summary>
public static class ProgressStatusText
{
    public static string Of(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => "исполнено",
        ProgressStatus.InProgress => "исполняется",
        ProgressStatus.NotStarted => "не начато",
        ProgressStatus.Cancelled => "отменено",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Неизвестное состояние."),
    };
}
