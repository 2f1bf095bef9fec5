using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prikaz.Documents;
using Prikaz.Documents.Packaging;
using Table = Prikaz.Documents.Table;

namespace Prikaz.Writers.Xlsx;

/// <summary>
/// Assembles the package: the workbook with a sheet per table (a document without tables gets one
/// empty sheet), the style sheet, the autofilters' defined names, and core properties from the
/// document's own (its date, never the clock). Part ids are fixed, so the same document gives the
/// same parts; <see cref="Documents.Packaging.DeterministicPackage"/> fixes the zip.
/// </summary>
internal static class WorkbookAssembler
{
    public static void Assemble(Document document, Stream output)
    {
        using var package = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        WriteCoreProperties(package, document.Properties);
        var workbook = package.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = WorkbookStyles.Create();

        var tables = document.Sections.SelectMany(section => section.Blocks).OfType<Table>().ToList();
        var names = new SheetNames();
        var sheets = new Sheets();
        var filters = new DefinedNames();
        for (var i = 0; i < Math.Max(1, tables.Count); i++)
        {
            var id = "rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture);
            var part = workbook.AddNewPart<WorksheetPart>(id);
            var name = names.Next(i < tables.Count ? tables[i].Name : null, i + 1);
            if (i < tables.Count)
            {
                var (sheet, filter) = SheetWriter.Write(tables[i]);
                part.Worksheet = sheet;
                if (filter is not null)
                {
                    filters.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!{Absolute(filter)}")
                    {
                        Name = "_xlnm._FilterDatabase",
                        LocalSheetId = (uint)i,
                        Hidden = true,
                    });
                }
            }
            else
            {
                part.Worksheet = new Worksheet(new SheetData());
            }

            sheets.Append(new Sheet { Name = name, SheetId = (uint)(i + 1), Id = id });
        }

        workbook.Workbook = filters.HasChildren ? new Workbook(sheets, filters) : new Workbook(sheets);
    }

    // «A1:J30» → «$A$1:$J$30», as the filter's defined name needs it.
    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(cell =>
        {
            var digits = cell.IndexOfAny("0123456789".ToCharArray());
            return "$" + cell[..digits] + "$" + cell[digits..];
        }));

    // The packaging library's property store would add a part with a random name: ours, with the document's date.
    private static void WriteCoreProperties(SpreadsheetDocument package, DocumentProperties properties)
    {
        var part = package.AddNewPart<CoreFilePropertiesPart>(CoreProperties.ContentType, "rIdCoreProperties");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        CoreProperties.Write(properties, stream);
    }
}
