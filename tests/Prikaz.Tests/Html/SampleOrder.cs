using Prikaz.Documents;

namespace Prikaz.Tests.Html;

/// <summary>
/// A rich order built by hand from the Chelyabinsk seed: letterhead with the coat of arms, date and
/// number on one line, title, points, signature with an e-signature mark, executor, distribution, and
/// a landscape appendix with a stamp, a passport table and a five-column roadmap table.
/// </summary>
internal static class SampleOrder
{
    /// <summary>A 1 × 1 PNG, enough to check the data URI.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==");

    // QR codes are encoded by the pipeline before any writer runs; the sample goes through the same step.
    public static Document Build() => Prikaz.Templating.QrCodeEncoding.Encode(new(
        new DocumentProperties(
            "Об утверждении «дорожной карты» комплексного сопровождения общеобразовательных организаций с низкими образовательными результатами",
            "Министерство образования и науки Челябинской области",
            "Приказ от 23.06.2020 № 017/1324",
            "ru-RU",
            new DateOnly(2020, 6, 23)),
        StyleSheet.Default,
        [OrderSection(), AppendixSection()]));

    public static Paragraph Para(string style, string text, Alignment? alignment = null) =>
        new(style, [new TextRun(text)], alignment);

    private static PageSection OrderSection() => new(
        PageSize.A4,
        PageOrientation.Portrait,
        PageMargins.Standard,
        PageNumbers.FromSecondPage,
        RestartPageNumbers: false,
        [
            new Image(TinyPng, 12, 15, Alignment.Center, "Герб Челябинской области"),
            new Paragraph(StyleIds.Letterhead, [new TextRun("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ"), new LineBreak(), new TextRun("ЧЕЛЯБИНСКОЙ ОБЛАСТИ")]),
            new Paragraph(StyleIds.DocumentKind, [new TextRun("ПРИКАЗ", LetterSpacingPt: 6)]),
            new Paragraph(StyleIds.Requisites, [new TextRun("23.06.2020"), new RightTab(), new TextRun("№\u00A0017/1324")]),
            Para(StyleIds.Requisites, "г.\u00A0Челябинск", Alignment.Center),
            new Paragraph(StyleIds.Title, [new TextRun("Об утверждении «дорожной карты»"), new LineBreak(), new TextRun("комплексного сопровождения"), new LineBreak(), new TextRun("общеобразовательных организаций"), new LineBreak(), new TextRun("с низкими образовательными"), new LineBreak(), new TextRun("результатами")]),
            Para(StyleIds.Normal, "В рамках реализации государственной программы Челябинской области «Развитие образования в Челябинской области», утвержденной постановлением Правительства Челябинской области от 28.12.2017 №\u00A0732-П, с целью организации комплексного сопровождения общеобразовательных организаций с низкими образовательными результатами"),
            new Paragraph(StyleIds.Normal, [new TextRun("ПРИКАЗЫВАЮ:", Bold: true, LetterSpacingPt: 3)], Alignment.Left),
            new NumberedPoint("1.", StyleIds.Point, [new TextRun("Утвердить прилагаемую «дорожную карту» комплексного сопровождения общеобразовательных организаций Челябинской области с низкими образовательными результатами (далее – «дорожная карта»).")]),
            new NumberedPoint("2.", StyleIds.Point, [new TextRun("Государственному бюджетному учреждению дополнительного профессионального образования «Региональный центр оценки качества и информатизации образования» (Барабас\u00A0А.А.) обеспечить информационное, организационное и комплексное сопровождение мероприятий «дорожной карты».")]),
            new NumberedPoint("3.", StyleIds.Point, [new TextRun("Контроль исполнения настоящего приказа "), new TextRun("оставляю за собой", Italic: true), new TextRun(".")]),
            new Paragraph(StyleIds.Normal, []),
            new Paragraph(StyleIds.Normal, []),
            new SignatureBlock(
                ["Министр"],
                "А.И.\u00A0Кузнецов",
                new ElectronicSignatureMark("01A2B3C4D5E6F708", "Кузнецов Александр Игоревич", "12.03.2020", "12.06.2021")),
            new Paragraph(StyleIds.Normal, []),
            new QrCode("https://minobr.gov74.ru/prikaz/017-1324", 20),
            new ExecutorMark(["Гажа Ирина Петровна, 8(351)263-25-17"]),
            new DistributionList(["МОУО", "РЦОКИО", "ЧИППКРО", "исполнителю", "дело"]),
        ]);

    private static PageSection AppendixSection() => new(
        PageSize.A4,
        PageOrientation.Landscape,
        new PageMargins(20, 10, 20, 20),
        PageNumbers.All,
        RestartPageNumbers: false,
        [
            new ApprovalStamp(
                [
                    Para(StyleIds.Stamp, "УТВЕРЖДЕНА"),
                    Para(StyleIds.Stamp, "приказом Министерства образования и науки Челябинской области"),
                    Para(StyleIds.Stamp, "от 23.06.2020 №\u00A0017/1324"),
                ],
                80),
            new Paragraph(StyleIds.CenteredTitle, [new TextRun("«Дорожная карта»"), new LineBreak(), new TextRun("комплексного сопровождения общеобразовательных организаций Челябинской области с низкими образовательными результатами")]),
            Passport(),
            new Paragraph(StyleIds.Normal, []),
            Roadmap(),
        ]);

    private static Table Passport() => new(
        [60, 207],
        [
            Row(TableRowKind.Normal, false, Cell("Цель"), Cell("Повышение качества образования в общеобразовательных организациях с низкими образовательными результатами")),
            Row(TableRowKind.Normal, false, Cell("Задачи"), new TableCell([Para(StyleIds.Table, "– выявить причины низких результатов;"), Para(StyleIds.Table, "– оказать адресную методическую помощь.")])),
        ]);

    private static Table Roadmap() => new(
        [17, 90, 40, 55, 65],
        [
            Row(TableRowKind.Normal, true, Header("№ п/п"), Header("Наименование мероприятия"), Header("Срок (период) проведения"), Header("Ответственный исполнитель"), Header("Результат")),
            Row(TableRowKind.ColumnNumbers, true, Number("1"), Number("2"), Number("3"), Number("4"), Number("5")),
            Row(TableRowKind.Section, false, Cell("1."), new TableCell([Para(StyleIds.Table, "Организационная работа с общеобразовательными организациями Челябинской области (далее – ОО) с низкими образовательными результатами")], ColumnSpan: 4)),
            Row(TableRowKind.Normal, false, Cell("1.1."), Cell("Индивидуальные консультации по запросу ОО с низкими образовательными результатами"), Cell("июнь – июль 2020 года"), new TableCell([Para(StyleIds.Table, "ГБУ ДПО РЦОКИО")], RowSpan: 2), Cell("Информация о консультациях по запросу ОО")),
            Row(TableRowKind.Normal, false, Cell("1.2."), Cell("Собеседование с руководителями ОО с низкими образовательными результатами"), Cell("сентябрь – ноябрь 2020 года"), Cell("Информационная справка об участии")),
        ]);

    private static TableRow Row(TableRowKind kind, bool isHeader, params TableCell[] cells) => new(kind, isHeader, cells);

    private static TableCell Cell(string text) => new([Para(StyleIds.Table, text)]);

    private static TableCell Header(string text) => new([Para(StyleIds.TableHeader, text)]);

    private static TableCell Number(string text) => new([Para(StyleIds.Table, text)], Alignment: Alignment.Center);
}
