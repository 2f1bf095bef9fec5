using System.ComponentModel;

namespace Prikaz.Execution.Calendar;

/// <summary>
/// «Перенести выходной день с <see cref="From"/> на <see cref="To"/>»: <see cref="To"/> becomes a day off.
/// A plain weekend day in <see cref="From"/> becomes a working day; a holiday in <see cref="From"/>
/// stays a holiday, and the day off it would have carried to the next working day (art. 112 part 2)
/// goes to <see cref="To"/> instead.
/// </summary>
[Description("Перенос выходного дня: с какого дня и на какой.")]
public sealed record DayOffTransfer
{
    [Description("С какого дня переносится выходной (суббота, воскресенье или праздник, совпавший с выходным), ГГГГ-ММ-ДД.")]
    public required DateOnly From { get; init; }

    [Description("На какой день переносится выходной (становится нерабочим), ГГГГ-ММ-ДД.")]
    public required DateOnly To { get; init; }
}
