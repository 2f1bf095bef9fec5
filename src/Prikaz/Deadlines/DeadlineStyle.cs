namespace Prikaz.Deadlines;

/// <summary>How an authority writes deadlines; the seeds show each of these ways.</summary>
public sealed record DeadlineStyle
{
    /// <summary>«июнь – июль 2020 года», «до 1 октября 2020 года», «в течение 2020 года» (Челябинск).</summary>
    public static DeadlineStyle Default { get; } = new();

    /// <summary>Start with a capital letter: «Апрель», «По графику», «До 10.06.2020».</summary>
    public bool Capitalize { get; init; }

    /// <summary>The word after a year: «года», «г.», «год» or nothing.</summary>
    public YearWord YearWord { get; init; } = YearWord.Full;

    /// <summary>Exact dates as «10.06.2020» or «1 октября 2020 года».</summary>
    public DateForm DateForm { get; init; } = DateForm.Long;

    /// <summary>Between the ends of a range; practice is an en dash with spaces.</summary>
    public string RangeDash { get; init; } = " – ";

    /// <summary>Between several terms of one deadline.</summary>
    public string TermSeparator { get; init; } = ", ";
}

/// <summary>The word printed after a year.</summary>
public enum YearWord
{
    /// <summary>«июнь 2020 года»; a bare year is «2020 год».</summary>
    Full,

    /// <summary>«Февраль 2024 год» (Нязепетровск); after «до», «в течение» and a day it is still «года».</summary>
    Nominative,

    /// <summary>«Февраль – апрель 2024 г.»</summary>
    Abbreviated,

    /// <summary>«Май – июнь 2020»</summary>
    None,
}

/// <summary>How an exact date is written.</summary>
public enum DateForm
{
    /// <summary>«10.06.2020»</summary>
    Numeric,

    /// <summary>«1 октября 2020 года»</summary>
    Long,
}
