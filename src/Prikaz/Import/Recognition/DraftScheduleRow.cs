namespace Prikaz.Import.Recognition;

/// <summary>A schedule sub-row: where or what, and when.</summary>
internal sealed class DraftScheduleRow : DraftNode
{
    public required string Activity { get; init; }

    public string? Deadline { get; init; }
}
