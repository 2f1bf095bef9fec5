namespace Prikaz.Documents;

/// <summary>Ids of the styles every <see cref="StyleSheet"/> defines and the writers use for fixed blocks.</summary>
public static class StyleIds
{
    /// <summary>«Обычный»: body text; the fallback for every other style.</summary>
    public const string Normal = "normal";

    /// <summary>«Бланк»: authority name on the letterhead.</summary>
    public const string Letterhead = "letterhead";

    /// <summary>«Вид документа»: «ПРИКАЗ».</summary>
    public const string DocumentKind = "document-kind";

    /// <summary>«Реквизиты»: the date-and-number line and the place of issue.</summary>
    public const string Requisites = "requisites";

    /// <summary>«Заголовок»: the title to the text.</summary>
    public const string Title = "title";

    /// <summary>«Заголовок по центру»: centred titles, e.g. of the roadmap.</summary>
    public const string CenteredTitle = "centered-title";

    /// <summary>«Пункт»: numbered points of the order.</summary>
    public const string Point = "point";

    /// <summary>«Подпись»: the signature requisite.</summary>
    public const string Signature = "signature";

    /// <summary>«Гриф»: the approval stamp or appendix mark.</summary>
    public const string Stamp = "stamp";

    /// <summary>«Таблица»: text of body cells.</summary>
    public const string Table = "table";

    /// <summary>«Шапка таблицы»: text of header cells.</summary>
    public const string TableHeader = "table-header";

    /// <summary>«Отметка об ЭП»: text of the electronic-signature mark.</summary>
    public const string ElectronicSignature = "esign";

    /// <summary>«Исполнитель»: the executor mark.</summary>
    public const string Executor = "executor";

    /// <summary>«Рассылка»: the distribution list.</summary>
    public const string Distribution = "distribution";
}
