namespace Prikaz.Model;

/// <summary>One recognised piece of a deadline. Years may be absent where the author relied on the period.</summary>
public abstract record DeadlineTerm;

/// <summary>An exact date: «23.06.2020», «1 октября 2020 года».</summary>
public sealed record DateTerm(DateOnly Date) : DeadlineTerm;

/// <summary>A month, with or without a year: «июнь 2020 года», «Апрель».</summary>
public sealed record MonthTerm(int Month, int? Year) : DeadlineTerm;

/// <summary>A range of months: «июнь – июль 2020 года», «Сентябрь 2020 – апрель 2021».</summary>
public sealed record MonthRangeTerm(MonthTerm From, MonthTerm To) : DeadlineTerm;

/// <summary>A quarter: «III квартал 2020 года».</summary>
public sealed record QuarterTerm(int Quarter, int? Year) : DeadlineTerm;

/// <summary>A year: «2020 год»; with <paramref name="Throughout"/> «в течение 2020 года».</summary>
public sealed record YearTerm(int Year, bool Throughout) : DeadlineTerm;

/// <summary>«до» a limit: «до 1 октября 2020 года», «до мая 2021», «до 2024 года».</summary>
public sealed record BeforeTerm(DeadlineTerm Limit) : DeadlineTerm;

/// <summary>
/// A recurring or schedule word: «постоянно», «ежегодно», «по графику» …; <paramref name="Day"/> is the
/// day of the month a monthly deadline falls on: «ежемесячно до 25 числа».
/// </summary>
public sealed record RecurringTerm(RecurringKind Kind, int? Day = null) : DeadlineTerm;

/// <summary>
/// A school year: «2025/2026 учебный год»; with <paramref name="Throughout"/> «в течение 2025/2026 учебного
/// года». Without <paramref name="StartYear"/> it is the school year of the roadmap's period: «в течение
/// учебного года».
/// </summary>
public sealed record SchoolYearTerm(int? StartYear, bool Throughout) : DeadlineTerm;
