namespace Prikaz.Execution;

/// <summary>
/// Codes of execution control (PRK300–PRK349): the production calendar, progress files and overdue
/// items. <see cref="Titles"/> gives each a one-line Russian title for the README and SARIF.
/// </summary>
public static class ExecutionCodes
{
    /// <summary>A calendar file's year is not its file name, or one of its dates lies in another year.</summary>
    public const string CalendarYearMismatch = "PRK300";

    /// <summary>A transfer moves a day off from a working day, or onto a day that is already off.</summary>
    public const string CalendarTransferInvalid = "PRK301";

    /// <summary>A deadline falls in a year the shipped calendar does not cover.</summary>
    public const string CalendarYearMissing = "PRK302";

    /// <summary>A progress file names an item number the roadmap does not have.</summary>
    public const string UnknownItem = "PRK310";

    /// <summary>A <c>done</c> date after the end of the report's period.</summary>
    public const string DoneAfterPeriod = "PRK311";

    /// <summary>The period in the file is not the one its file name says, or it is not a period at all.</summary>
    public const string PeriodMismatch = "PRK312";

    /// <summary>The progress folder names no roadmap file beside it.</summary>
    public const string RoadmapNotFound = "PRK313";

    /// <summary>The same item is reported twice in one progress file.</summary>
    public const string DuplicateItem = "PRK314";

    /// <summary>A status other than <c>done</c> with a date of execution, or <c>done</c> without one.</summary>
    public const string DoneDateMismatch = "PRK315";

    /// <summary>The report's period lies outside the roadmap's period.</summary>
    public const string PeriodOutsideRoadmap = "PRK316";

    /// <summary>An item is past its deadline on the as-of date and no progress file marks it done.</summary>
    public const string Overdue = "PRK320";

    /// <summary>Every execution code with its Russian title, in code order.</summary>
    public static IReadOnlyList<(string Code, string Title)> Titles { get; } =
    [
        (CalendarYearMismatch, "год в файле производственного календаря не совпадает с именем файла или датами"),
        (CalendarTransferInvalid, "перенос выходного дня не с выходного или не на рабочий день"),
        (CalendarYearMissing, "на этот год нет производственного календаря: учтены только выходные и праздники ст. 112 ТК РФ"),
        (UnknownItem, "мероприятия с таким номером нет в «дорожной карте»"),
        (DoneAfterPeriod, "дата исполнения позже окончания отчётного периода"),
        (PeriodMismatch, "отчётный период не совпадает с именем файла"),
        (RoadmapNotFound, "нет «дорожной карты», к которой относится отчёт о ходе исполнения"),
        (DuplicateItem, "мероприятие указано в отчёте о ходе исполнения дважды"),
        (DoneDateMismatch, "дата исполнения не согласуется со статусом мероприятия"),
        (PeriodOutsideRoadmap, "отчётный период вне периода реализации «дорожной карты»"),
        (Overdue, "срок мероприятия истёк, а исполнение не отмечено"),
    ];
}
