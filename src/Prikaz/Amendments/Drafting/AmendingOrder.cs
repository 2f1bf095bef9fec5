using Prikaz.Model;

namespace Prikaz.Amendments.Drafting;

/// <summary>
/// The amending order's date and number for <c>prikaz amend</c>: as given, or the one edition the new
/// file adds; given ones must be that edition when the new file records it. Null with a Russian reason
/// when they cannot be settled.
/// </summary>
public static class AmendingOrder
{
    public static Edition? Resolve(ChangeList changes, DateOnly? date, string? number, out string? problem)
    {
        problem = null;
        var added = changes.AddedEditions;
        if (added.Count > 1)
        {
            problem = $"новая редакция записывает несколько приказов о внесении изменений ({string.Join(", ", added.Select(EditionNames.Requisites))}): " +
                      "сравните редакции до и после одного из них";
            return null;
        }

        if (added.Count == 1)
        {
            var recorded = added[0];
            if ((date is { } d && d != recorded.Date) || (number is { } n && n.Trim() != recorded.Number.Trim()))
            {
                problem = $"новая редакция записывает в editions приказ {EditionNames.Requisites(recorded)}, а указан " +
                          $"{(date is null ? string.Empty : "от " + Russian.RussianDates.Numeric(date.Value) + " ")}{(number is null ? string.Empty : "№ " + number)}".TrimEnd();
                return null;
            }

            return recorded;
        }

        if (date is null || number is null)
        {
            problem = "укажите дату и номер приказа о внесении изменений: --date ГГГГ-ММ-ДД --number N (новая редакция их не записывает в editions)";
            return null;
        }

        return new Edition { Date = date.Value, Number = number.Trim() };
    }
}
