using Prikaz.Import.Source;

namespace Prikaz.Import.Recognition;

/// <summary>
/// Turns a reader's blocks into a draft order: the text part (letterhead to distribution list), the
/// appendix heading, the passport and the roadmap table. Each zone has its own recogniser; this class
/// only finds where one zone ends and the next begins.
/// </summary>
internal static class OrderRecognizer
{
    public static DraftOrder Recognise(SourceDocument document, ImportOptions options)
    {
        var blocks = RoadmapTableReader.SplitAtHeader(document.Blocks);
        var firstTable = RoadmapTableReader.FindRoadmapTable(blocks);
        if (firstTable < 0)
        {
            throw new ImportException(
                "в документе нет таблицы мероприятий «дорожной карты» (таблицы со столбцами «Наименование мероприятия», «Срок», «Ответственный»); " +
                "импортируются приказы с «дорожной картой» в приложении", isUsageProblem: false);
        }

        var order = new DraftOrder();
        var before = blocks.Take(firstTable).ToList();
        var passportTable = before.OfType<SourceTable>().LastOrDefault(t => PassportReader.TryRead(t) is not null);
        var units = TextUnit.From(before.Where(b => !ReferenceEquals(b, passportTable)));
        var grif = AppendixHeading.FindGrif(units);
        var textPart = grif < 0 ? units : units.Take(grif).ToList();
        var rest = TextPart.Read(textPart, order);
        var heading = grif < 0 ? rest : units.Skip(grif).ToList();
        order.Roadmap = new DraftRoadmap();
        AppendixHeading.Read(heading, order, hasGrif: grif >= 0);

        var tables = blocks.Skip(firstTable).OfType<SourceTable>().ToList();
        if (passportTable is not null && PassportReader.TryRead(passportTable) is { } passport)
        {
            order.Roadmap.Passport = passport;
            order.Roadmap.Recognised("passport", "паспорт «дорожной карты» распознан");
        }

        RoadmapTableReader.Read(tables, order, textExtraction: document.Format != "DOCX");
        PartyRegistry.Build(order);
        PointNumbering.Check(order, keepNumbering: !options.Renumber);
        PeriodGuess.Apply(order);
        CitedDocuments.Read(order);
        return order;
    }
}
