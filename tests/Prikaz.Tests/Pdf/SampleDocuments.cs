using Prikaz.Documents;
using Prikaz.Tests.Support;
using Prikaz.Writers.Pdf;

namespace Prikaz.Tests.Pdf;

/// <summary>Documents built in code for the PDF writer's tests: an order with its landscape roadmap appendix.</summary>
internal static class SampleDocuments
{
    public static string FontFolder => Path.Combine(GoldenFile.RepositoryRoot(), "templates", "fonts");

    public static PdfWriter Writer() => new(new PdfWriterOptions(FontFolder));

    private static Paragraph P(string style, string text, Alignment? alignment = null) => new(style, [new TextRun(text)], alignment);

    private static TableCell Cell(string text, int columnSpan = 1, int rowSpan = 1, string style = StyleIds.Table) =>
        new([P(style, text)], columnSpan, rowSpan);

    /// <summary>A stand-in for the coat of arms: a small PNG drawn with Skia.</summary>
    public static byte[] CoatOfArms()
    {
        using var bitmap = new SkiaSharp.SKBitmap(48, 60);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        using (var paint = new SkiaSharp.SKPaint { Color = new SkiaSharp.SKColor(0x1F, 0x4E, 0x9A), IsAntialias = true })
        {
            canvas.Clear(SkiaSharp.SKColors.White);
            canvas.DrawOval(new SkiaSharp.SKRect(4, 4, 44, 56), paint);
        }

        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// The order page (letterhead, title, points, signature with or without the e-signature mark,
    /// executor) and a landscape appendix (stamp, passport, a 5-column table over three pages).
    /// </summary>
    public static Document Order(bool electronicSignature, int items = 40, bool qrCode = false)
    {
        var order = new List<Block>
        {
            new Image(CoatOfArms(), 12, 15, Alignment.Center, "Герб"),
            P(StyleIds.Letterhead, "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ЧЕЛЯБИНСКОЙ ОБЛАСТИ"),
            new Paragraph(StyleIds.DocumentKind, [new TextRun("ПРИКАЗ", LetterSpacingPt: 6)]),
            new Paragraph(StyleIds.Requisites, [new TextRun("23.06.2020"), new RightTab(), new TextRun("№\u00A0017/1324")]),
            P(StyleIds.Requisites, "г. Челябинск", Alignment.Center),
            P(StyleIds.Title, "Об утверждении дорожной карты по подготовке к проведению государственной итоговой аттестации"),
            P(StyleIds.Normal, "В целях обеспечения организованного проведения государственной итоговой аттестации по образовательным программам основного общего и среднего общего образования в Челябинской области в 2021 году, в соответствии с Федеральным законом от 29\u00A0декабря 2012\u00A0г. №\u00A0273-ФЗ «Об образовании в Российской Федерации»"),
            new Paragraph(StyleIds.Normal, [new TextRun("ПРИКАЗЫВАЮ:", Bold: true, LetterSpacingPt: 2)], Alignment.Left),
            new NumberedPoint("1.", StyleIds.Point, [new TextRun("Утвердить прилагаемую дорожную карту по подготовке к проведению государственной итоговой аттестации по образовательным программам основного общего и среднего общего образования в Челябинской области в 2021 году.")]),
            new NumberedPoint("2.", StyleIds.Point, [new TextRun("Руководителям органов местного самоуправления, осуществляющих управление в сфере образования, обеспечить выполнение мероприятий дорожной карты в установленные сроки.")]),
            new NumberedPoint("3.", StyleIds.Point, [new TextRun("Контроль исполнения настоящего приказа возложить на первого заместителя Министра образования и науки Челябинской области Кузнецова\u00A0А.И.")]),
            P(StyleIds.Normal, ""),
            P(StyleIds.Normal, ""),
            new SignatureBlock(
                ["Министр образования", "и науки Челябинской области"],
                "А.И.\u00A0Кузнецов",
                electronicSignature ? new ElectronicSignatureMark("01D6A1B2C3D4E5F60718293A4B5C6D7E", "Кузнецов Александр Игоревич", "12.03.2020", "12.06.2021") : null),
            new ExecutorMark(["Иванова Мария Петровна", "(351) 263-00-00"]),
            new DistributionList(["МОУО", "РЦОКИО", "дело"]),
        };
        if (qrCode)
        {
            order.Add(new QrCode("https://example.org/orders/017-1324", 20));
        }

        var table = new List<TableRow>
        {
            new(TableRowKind.Normal, true,
            [
                Cell("№ п/п", style: StyleIds.TableHeader),
                Cell("Наименование мероприятия", style: StyleIds.TableHeader),
                Cell("Срок", style: StyleIds.TableHeader),
                Cell("Ответственный исполнитель", style: StyleIds.TableHeader),
                Cell("Результат", style: StyleIds.TableHeader),
            ]),
            new(TableRowKind.ColumnNumbers, true, [Cell("1"), Cell("2"), Cell("3"), Cell("4"), Cell("5")]),
        };
        var sectionNumber = 0;
        for (var i = 0; i < items; i++)
        {
            if (i % 10 == 0)
            {
                sectionNumber++;
                table.Add(new TableRow(TableRowKind.Section, false, [Cell($"{sectionNumber}. Раздел {sectionNumber}: организационное обеспечение", columnSpan: 5)]));
            }

            var number = $"{sectionNumber}.{(i % 10) + 1}.";
            if (i == 3)
            {
                table.Add(new TableRow(TableRowKind.Normal, false,
                [
                    Cell(number), Cell("Проведение совещаний с руководителями органов управления образованием"), Cell("ежемесячно", rowSpan: 2), Cell("Министерство"), Cell("протокол"),
                ]));
                table.Add(new TableRow(TableRowKind.Normal, false,
                [
                    Cell($"{sectionNumber}.{(i % 10) + 1}.1."), Cell("Подготовка сводного отчёта"), Cell("РЦОКИО"), Cell("отчёт"),
                ]));
                continue;
            }

            var name = i == 7
                ? string.Join(" ", Enumerable.Repeat("Организация и проведение обучения лиц, привлекаемых к проведению экзаменов, с выдачей удостоверений установленного образца.", 22))
                : $"Мероприятие номер {i + 1} дорожной карты по подготовке к государственной итоговой аттестации";
            table.Add(new TableRow(TableRowKind.Normal, false,
            [
                Cell(number), Cell(name), Cell(i % 3 == 0 ? "до 1 октября 2020 г." : "в течение года"), Cell("Министерство, МОУО"), Cell("информационное письмо"),
            ]));
        }

        var appendix = new List<Block>
        {
            new ApprovalStamp(
            [
                P(StyleIds.Stamp, "УТВЕРЖДЕНА"),
                P(StyleIds.Stamp, "приказом Министерства образования и науки Челябинской области"),
                P(StyleIds.Stamp, "от 23.06.2020 №\u00A0017/1324"),
            ], 80),
            P(StyleIds.CenteredTitle, "Дорожная карта по подготовке к проведению государственной итоговой аттестации в 2021 году"),
            new Table([60, 197],
            [
                new(TableRowKind.Normal, false, [Cell("Цель"), Cell("Обеспечение организованного проведения государственной итоговой аттестации")]),
                new(TableRowKind.Normal, false, [Cell("Задачи"), new TableCell([P(StyleIds.Table, "- подготовка нормативной базы;"), P(StyleIds.Table, "- обучение специалистов.")])]),
            ]),
            P(StyleIds.Normal, ""),
            new Table([15, 110, 35, 55, 42], table),
        };

        // QR codes are encoded by the pipeline before any writer runs; the sample goes through the same step.
        return Prikaz.Templating.QrCodeEncoding.Encode(new Document(
            new DocumentProperties("Об утверждении дорожной карты", "Министерство образования и науки Челябинской области", "Дорожная карта ГИА", "ru-RU", new DateOnly(2020, 6, 23)),
            StyleSheet.Default,
            [
                new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.FromSecondPage, false, order),
                new PageSection(PageSize.A4, PageOrientation.Landscape, PageMargins.Standard, PageNumbers.All, false, appendix),
            ]));
    }
}
