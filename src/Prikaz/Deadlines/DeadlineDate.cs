namespace Prikaz.Deadlines;

/// <summary>
/// One date a deadline falls due on, as written (before a day off moves it): the last day of a month,
/// a quarter or a range, the day of «до 1 октября», one instance of «ежеквартально».
/// </summary>
/// <param name="Start">The first day the term covers (a range's start, a month's first day); null for «до …».</param>
/// <param name="Recurring">True for one instance of a recurring deadline («ежемесячно до 25 числа»).</param>
public sealed record DeadlineDate(DateOnly? Start, DateOnly End, bool Recurring);
