namespace Prikaz.Model;

/// <summary>Deadline words that name no date.</summary>
public enum RecurringKind
{
    /// <summary>«постоянно»</summary>
    Constantly,

    /// <summary>«ежегодно»</summary>
    Annually,

    /// <summary>«ежеквартально»</summary>
    Quarterly,

    /// <summary>«ежемесячно»</summary>
    Monthly,

    /// <summary>«в течение года»</summary>
    ThroughoutYear,

    /// <summary>«по графику»</summary>
    OnSchedule,

    /// <summary>«по отдельному графику»</summary>
    OnSeparateSchedule,

    /// <summary>«по запросу»</summary>
    OnRequest,

    /// <summary>«1 раз в четверть»: once in each school quarter.</summary>
    EverySchoolQuarter,

    /// <summary>«по четвертям»: in each school quarter, due at its end.</summary>
    BySchoolQuarters,

    /// <summary>«по итогам четверти»: after each school quarter, on its results; due by the end of the quarter's last month.</summary>
    AfterSchoolQuarter,
}
