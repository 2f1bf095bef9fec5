using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>The period a roadmap covers, inclusive.</summary>
[Description("Период реализации.")]
public sealed record Period
{
    [Description("Начало периода, ГГГГ-ММ-ДД.")]
    public required DateOnly From { get; init; }

    [Description("Конец периода включительно, ГГГГ-ММ-ДД.")]
    public required DateOnly To { get; init; }
}
