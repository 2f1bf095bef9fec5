namespace Prikaz.Documents;

/// <summary>
/// What a table cell holds besides its printed text, for formats that keep data: a date or a number.
/// A spreadsheet writes the value (a real date, sortable and filterable); the printed formats show the
/// cell's text, which may say it another way («сентябрь» for 30.09.2020).
/// </summary>
public sealed record CellValue
{
    private CellValue(DateOnly? date, decimal? number) => (Date, Number) = (date, number);

    public DateOnly? Date { get; }

    public decimal? Number { get; }

    public static CellValue Of(DateOnly date) => new(date, null);

    public static CellValue Of(decimal number) => new(null, number);
}
