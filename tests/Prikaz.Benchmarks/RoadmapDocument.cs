using Prikaz.Documents;

namespace Prikaz.Benchmarks;

/// <summary>A roadmap-like document: a one-page order and a landscape appendix with a 60-item table.</summary>
internal static class RoadmapDocument
{
    /// <summary><c>templates/fonts</c> of the repository.</summary>
    public static string FontFolder() => Path.Combine(Repository.Root(), "templates", "fonts");

    private static Paragraph P(string style, string text) => new(style, [new TextRun(text)]);

    private static TableCell Cell(string text, int columnSpan = 1, string style = StyleIds.Table) => new([P(style, text)], columnSpan);

    public static Document Create(int items)
    {
        var order = new List<Block>
        {
            P(StyleIds.Letterhead, "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ЧЕЛЯБИНСКОЙ ОБЛАСТИ"),
            P(StyleIds.DocumentKind, "ПРИКАЗ"),
            new Paragraph(StyleIds.Requisites, [new TextRun("23.06.2020"), new RightTab(), new TextRun("№\u00A0017/1324")]),
            P(StyleIds.Title, "Об утверждении дорожной карты"),
            P(StyleIds.Normal, "В целях обеспечения организованного проведения государственной итоговой аттестации по образовательным программам основного общего и среднего общего образования ПРИКАЗЫВАЮ:"),
            new NumberedPoint("1.", StyleIds.Point, [new TextRun("Утвердить прилагаемую дорожную карту.")]),
            new NumberedPoint("2.", StyleIds.Point, [new TextRun("Контроль исполнения настоящего приказа оставляю за собой.")]),
            new SignatureBlock(["Министр"], "А.И.\u00A0Кузнецов"),
            new ExecutorMark(["Иванова Мария Петровна, (351) 263-00-00"]),
        };
        var rows = new List<TableRow>
        {
            new(TableRowKind.Normal, true, [Cell("№ п/п", style: StyleIds.TableHeader), Cell("Наименование мероприятия", style: StyleIds.TableHeader), Cell("Срок", style: StyleIds.TableHeader), Cell("Ответственный исполнитель", style: StyleIds.TableHeader), Cell("Результат", style: StyleIds.TableHeader)]),
            new(TableRowKind.ColumnNumbers, true, [Cell("1"), Cell("2"), Cell("3"), Cell("4"), Cell("5")]),
        };
        for (var i = 0; i < items; i++)
        {
            if (i % 12 == 0)
            {
                rows.Add(new TableRow(TableRowKind.Section, false, [Cell($"{(i / 12) + 1}. Раздел дорожной карты", columnSpan: 5)]));
            }

            rows.Add(new TableRow(TableRowKind.Normal, false,
            [
                Cell($"{(i / 12) + 1}.{(i % 12) + 1}."),
                Cell($"Мероприятие {i + 1}: организация и проведение обучения лиц, привлекаемых к проведению государственной итоговой аттестации"),
                Cell("до 1\u00A0октября 2020\u00A0г."),
                Cell("Министерство, МОУО, РЦОКИО"),
                Cell("информационное письмо, протокол"),
            ]));
        }

        var appendix = new List<Block>
        {
            new ApprovalStamp([P(StyleIds.Stamp, "УТВЕРЖДЕНА"), P(StyleIds.Stamp, "приказом Министерства образования и науки Челябинской области от 23.06.2020 №\u00A0017/1324")], 80),
            P(StyleIds.CenteredTitle, "Дорожная карта"),
            new Table([15, 110, 35, 55, 42], rows),
        };
        return new Document(
            new DocumentProperties("Дорожная карта", "Министерство", "", "ru-RU", new DateOnly(2020, 6, 23)),
            StyleSheet.Default,
            [
                new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.FromSecondPage, false, order),
                new PageSection(PageSize.A4, PageOrientation.Landscape, PageMargins.Standard, PageNumbers.All, false, appendix),
            ]);
    }
}
