using System.ComponentModel;
using Prikaz.Model;

namespace Prikaz.Profiles;

/// <summary>
/// Everything about an authority that does not change from order to order: its names on the form,
/// the place of issue, the phrases of the appendix mark, the default signatory, and the layout
/// settings (ГОСТ Р 7.0.97 edition, date style, fonts, margins, column widths). One file
/// <c>templates/authorities/&lt;id&gt;.yaml</c> per authority; every layout setting has a default
/// from LAYOUT.md, so a minimal profile names only the authority.
/// </summary>
[Description("Профиль органа власти: бланк, место издания, подписант по умолчанию и оформление документов.")]
public sealed record AuthorityProfile
{
    /// <summary>Default column widths (mm) for the built-in column keys; they fill a landscape A4 page with the default margins (257 mm).</summary>
    public static readonly IReadOnlyDictionary<string, double> DefaultColumnWidths = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["number"] = 15,
        ["activity"] = 90,
        ["deadline"] = 35,
        ["responsible"] = 55,
        ["result"] = 62,
        ["targetGroup"] = 40,
    };

    // Requisites of the authority.

    [Description("Идентификатор профиля, совпадает с именем файла: только строчные латинские буквы, цифры и дефис.")]
    public required string Id { get; init; }

    [Description("Наименование органа власти для свойств документа (автор, организация), например «Министерство образования и науки Челябинской области».")]
    public required string Name { get; init; }

    [Description("Строки наименования органа власти на бланке, как они печатаются: прописными буквами, полужирным, по центру.")]
    public required IReadOnlyList<string> Letterhead { get; init; }

    [Description("Сокращённое наименование, печатается на бланке в скобках под полным, например «Минобрнауки Амурской области» (необязательно).")]
    public string? ShortName { get; init; }

    [Description("Место издания, например «г. Челябинск», «с. Молчаново».")]
    public string? Place { get; init; }

    [Description("Гриф утверждения приложения — кем утверждено, в творительном падеже: «приказом Министерства образования и науки Челябинской области».")]
    public required string ApprovedBy { get; init; }

    [Description("Отметка о приложении — к чьему приказу, в родительном падеже: «к приказу министерства образования и науки Амурской области».")]
    public required string AppendixTo { get; init; }

    [Description("Подписант по умолчанию: должность по строкам и «И.О. Фамилия». Приказ может указать своего подписанта.")]
    public Signatory? Signatory { get; init; }

    [Description("Содержимое QR-кода (например, ссылка на приказ в реестре); если не указано, QR-код не печатается.")]
    public string? QrCode { get; init; }

    [Description("Путь к изображению герба относительно папки профиля; если не указан, герб не печатается.")]
    public string? CoatOfArms { get; init; }

    // Heading of the order.

    [Description("Редакция ГОСТ Р 7.0.97, по которой оформляется документ: 2016 или 2025.")]
    public int GostEdition { get; init; } = 2025;

    [Description("Вид документа вразрядку: «П Р И К А З» вместо «ПРИКАЗ».")]
    public bool DocumentTypeLetterSpaced { get; init; }

    [Description("Расположение даты, номера и места издания: oneLine — дата слева и номер справа на одной строке, место издания под ними; stacked — дата, место издания и номер каждый на своей строке.")]
    public RequisitesLayout RequisitesLayout { get; init; } = RequisitesLayout.OneLine;

    [Description("Способ записи дат: numeric — «23.06.2020», long — «23 июня 2020».")]
    public DateStyle DateStyle { get; init; } = DateStyle.Numeric;

    [Description("Слово после года в дате: «г.», «года» или пустая строка. Если не указано: для numeric — ничего, для long — «г.».")]
    public string? DateYearWord { get; init; }

    [Description("Слово перед датой приказа в реквизитах, например «от» (необязательно).")]
    public string? DatePrefix { get; init; }

    [Description("Способ записи даты в грифе приложения («от 14.03.2022»), если он не тот, что в реквизитах: numeric, long или quoted. Если не указан — как в реквизитах.")]
    public DateStyle? StampDateStyle { get; init; }

    [Description("Заголовок к тексту: left — от левой границы узким блоком, centered — по центру над текстом.")]
    public TitlePlacement TitlePlacement { get; init; } = TitlePlacement.Left;

    [Description("Ширина блока заголовка при расположении left, мм.")]
    public double TitleWidth { get; init; } = 75;

    // The operative part.

    [Description("Слово «приказываю:» прописными буквами («ПРИКАЗЫВАЮ:»).")]
    public bool DecreeCapitals { get; init; } = true;

    [Description("Слово «приказываю:» вразрядку.")]
    public bool DecreeLetterSpaced { get; init; }

    [Description("Слово «приказываю:» полужирным.")]
    public bool DecreeBold { get; init; }

    [Description("Слово «приказываю:» в конце последнего абзаца преамбулы («… приказываю:»), а не отдельной строкой.")]
    public bool DecreeRunIn { get; init; }

    // Page and text.

    [Description("Верхнее поле, мм.")]
    public double MarginTop { get; init; } = 20;

    [Description("Нижнее поле, мм.")]
    public double MarginBottom { get; init; } = 20;

    [Description("Левое поле, мм (не менее 20; 30 — для документов со сроком хранения более 10 лет).")]
    public double MarginLeft { get; init; } = 30;

    [Description("Правое поле, мм.")]
    public double MarginRight { get; init; } = 10;

    [Description("Размер шрифта текста, пт.")]
    public double BodyFontSize { get; init; } = 14;

    [Description("Размер шрифта наименования органа власти на бланке, пт (12–14).")]
    public double LetterheadFontSize { get; init; } = 14;

    [Description("Размер шрифта таблиц, пт (10–12).")]
    public double TableFontSize { get; init; } = 12;

    [Description("Размер шрифта отметки об исполнителе, пт (10–12).")]
    public double ExecutorFontSize { get; init; } = 10;

    [Description("Междустрочный интервал текста: 1 — одинарный, 1.5 — полуторный.")]
    public double LineSpacing { get; init; } = 1.0;

    [Description("Абзацный отступ, мм.")]
    public double FirstLineIndent { get; init; } = 12.5;

    // The roadmap appendix.

    [Description("Ориентация приложения: auto — альбомная при пяти и более столбцах, иначе книжная; landscape — альбомная; portrait — книжная.")]
    public AppendixOrientation AppendixOrientation { get; init; } = AppendixOrientation.Auto;

    [Description("Слово грифа прописными («УТВЕРЖДЕНА»); false — «Утверждена».")]
    public bool ApprovalWordCapitals { get; init; } = true;

    [Description("Точка после номера мероприятия: «1.1.» (true) или «1.1» (false).")]
    public bool ItemNumberTrailingDot { get; init; } = true;

    [Description("Срок с прописной буквы: «Июнь 2020 г.» вместо «июнь 2020 г.».")]
    public bool DeadlineCapitalize { get; init; }

    [Description("Слово после года в сроках: «года», «г.», «год» или пустая строка.")]
    public string DeadlineYearWord { get; init; } = "года";

    [Description("Способ записи дат в сроках: numeric — «до 01.10.2020», long — «до 1 октября 2020».")]
    public DateStyle DeadlineDateStyle { get; init; } = DateStyle.Long;

    [Description("Ширина столбцов таблицы по ключу столбца, мм. Ширина, указанная в самом приказе, важнее; ключи, которых здесь нет, делят остаток поровну.")]
    public IReadOnlyDictionary<string, double> ColumnWidths { get; init; } = DefaultColumnWidths;

    [Description("Когда кончается учебный год «2025/2026» в сроках: may — 31 мая (окончание занятий, по умолчанию), august — 31 августа.")]
    public SchoolYearEnd SchoolYearEnd { get; init; } = SchoolYearEnd.May;

    // Amendment orders and consolidated editions.

    [Description("Как приказ о внесении изменений называет строку таблицы «дорожной карты»: point — «пункт 1.2», row — «строка 1.2».")]
    public AmendmentItemWord AmendmentItemWord { get; init; } = AmendmentItemWord.Point;

    [Description("Формула исключения в приказе о внесении изменений: exclude — «пункт 3.1 исключить», repeal — «пункт 3.1 признать утратившим силу».")]
    public AmendmentExclusion AmendmentExclusion { get; init; } = AmendmentExclusion.Exclude;

    [Description("Доля изменяемых мероприятий (от 0 до 1), больше которой prikaz amend излагает приложение в новой редакции целиком вместо перечня изменений; 0.5 — «более половины».")]
    public double AmendmentRestateShare { get; init; } = 0.5;

    [Description("Как сводная редакция печатает исключённое мероприятие, раздел или пункт после его номера; {date} и {number} — дата и номер приказа, которым оно исключено.")]
    public string ExcludedMark { get; init; } = "Исключён. – Приказ от {date} № {number}";

    [Description("Наименование органа власти в родительном падеже для ссылок «в приказ Министерства … от … №»; если не указано — из appendixTo без слов «к приказу».")]
    public string? IssuerGenitive { get; init; }
}
