namespace Prikaz.Execution.Calendar;

/// <summary>
/// The non-working holidays of art. 112 part 1 of the Labour Code of the Russian Federation (in this
/// wording since 2013). Used for years the shipped calendar does not cover; a shipped year lists its
/// holidays itself.
/// </summary>
public static class LabourCodeHolidays
{
    private static readonly (int Month, int Day)[] Days =
    [
        (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 8), // Новогодние каникулы
        (1, 7), // Рождество Христово
        (2, 23), // День защитника Отечества
        (3, 8), // Международный женский день
        (5, 1), // Праздник Весны и Труда
        (5, 9), // День Победы
        (6, 12), // День России
        (11, 4), // День народного единства
    ];

    /// <summary>The holidays of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<DateOnly> Of(int year) =>
        Days.Select(day => new DateOnly(year, day.Month, day.Day)).Order().ToList();

    /// <summary>
    /// True for 1–8 January: a weekend that coincides with one of them is not carried to the next
    /// working day (art. 112 part 2); the Government moves two such days off by decree (part 5).
    /// </summary>
    public static bool IsJanuaryHoliday(DateOnly date) => date.Month == 1 && date.Day <= 8;
}
