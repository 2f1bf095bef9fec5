using Prikaz.Documents;

namespace Prikaz.Tests.PdfSeeds;

/// <summary>
/// The texts a reader must find in the PDF, one entry per paragraph, table cell or line of a
/// signature, stamp or mark, in document order.
/// </summary>
internal static class DocumentTexts
{
    public static IEnumerable<string> Of(Document document) => document.Sections.SelectMany(Of);

    public static IEnumerable<string> Of(PageSection section) =>
        section.Blocks.SelectMany(Of).Where(text => !string.IsNullOrWhiteSpace(text));

    /// <summary>The text of the header rows of the document's tables that repeat headers, cell by cell in reading order.</summary>
    public static IEnumerable<string> HeaderRows(Table table) =>
        table.Rows.Where(row => row.IsHeader).SelectMany(row => row.Cells).SelectMany(cell => cell.Paragraphs).Select(Text);

    public static IEnumerable<Table> Tables(Document document) =>
        document.Sections.SelectMany(section => section.Blocks).OfType<Table>();

    private static IEnumerable<string> Of(Block block) => block switch
    {
        Paragraph paragraph => [Text(paragraph)],
        NumberedPoint point => [point.Number + " " + Text(point.Inlines)],
        Table table => table.Rows.SelectMany(row => row.Cells).SelectMany(cell => cell.Paragraphs).Select(Text),
        ApprovalStamp stamp => stamp.Lines.Select(Text),
        SignatureBlock signature => [.. signature.PositionLines, signature.Name,
            .. signature.ElectronicSignature is { } mark ? Of(mark) : []],
        ElectronicSignatureMark mark => [ElectronicSignatureMark.Heading, .. mark.DetailLines],
        ExecutorMark executor => executor.Lines,
        DistributionList list => [list.Text],
        _ => [],
    };

    private static string Text(Paragraph paragraph) => Text(paragraph.Inlines);

    private static string Text(IReadOnlyList<Inline> inlines) =>
        string.Join(" ", inlines.Select(inline => inline switch
        {
            TextRun run => run.Text,
            _ => " ",
        }));
}
