namespace Prikaz.Amendments.Checking;

/// <summary>
/// Codes of the amendment order (PRK260–PRK269): what only reading an amendment beside the order it
/// amends can find. <see cref="Titles"/> gives each a one-line Russian title for the README and SARIF.
/// </summary>
public static class AmendmentCodes
{
    /// <summary>The amended order's file is missing, outside the workspace, not an order, or has errors.</summary>
    public const string AmendedOrderNotFound = "PRK260";

    /// <summary>The date or number the amendment cites is not the amended order's.</summary>
    public const string AmendedRequisites = "PRK261";

    /// <summary>A change names an item, section, point, passport field or column the amended edition does not have.</summary>
    public const string MissingUnit = "PRK262";

    /// <summary>The words a change quotes are not in the amended edition exactly once.</summary>
    public const string WordsNotFound = "PRK263";

    /// <summary>A change names no unit or two, or lacks what its op needs (the words, the row, the new text).</summary>
    public const string MalformedChange = "PRK264";

    /// <summary>An added item, section or point does not take the next free number or a sub-number of the one it follows.</summary>
    public const string AddedNumber = "PRK265";

    /// <summary>The amended file records this amendment among its editions, but its text does not show the change.</summary>
    public const string NotConsolidated = "PRK266";

    /// <summary>The title says «изменения» for several changes or «изменений» for one.</summary>
    public const string TitleNumber = "PRK267";

    /// <summary>A restated or added row names a party neither the amended order nor the amendment registers.</summary>
    public const string UnknownParty = "PRK268";

    /// <summary>The amendment or the order it amends has no date or number: only a registered order is amended, by a registered one.</summary>
    public const string Unregistered = "PRK269";

    public static IReadOnlyList<(string Code, string Title)> Titles { get; } =
    [
        (AmendedOrderNotFound, "изменяемый приказ не найден, вне рабочей папки, не является приказом или содержит ошибки"),
        (AmendedRequisites, "дата или номер изменяемого приказа не совпадают с подписанными"),
        (MissingUnit, "изменение называет мероприятие, раздел, пункт или графу, которых нет в изменяемой редакции"),
        (WordsNotFound, "заменяемых слов нет в изменяемой редакции (или они встречаются не один раз)"),
        (MalformedChange, "в изменении не названа единица или не хватает слов, строки или нового текста"),
        (AddedNumber, "добавляемая единица получает не следующий свободный номер и не подномер"),
        (NotConsolidated, "файл изменяемого приказа записывает это изменение в editions, но его текст изменения не отражает"),
        (TitleNumber, "заголовок не согласован с числом изменений («изменения» — одно, «изменений» — несколько)"),
        (UnknownParty, "исполнитель новой строки не найден ни в реестре изменяемого приказа, ни в parties приказа о внесении изменений"),
        (Unregistered, "у приказа о внесении изменений или у изменяемого приказа нет даты или номера"),
    ];
}
