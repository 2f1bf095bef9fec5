using System.Globalization;
using System.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prikaz.Documents;
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

    /// <summary>Core properties from the document, written as our own part (the packaging library's store adds a randomly named one).</summary>
    private static void WriteCoreProperties(SpreadsheetDocument package, DocumentProperties properties)
    {
        var date = properties.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            $"<dc:title>{SecurityElement.Escape(properties.Title)}</dc:title>" +
            $"<dc:subject>{SecurityElement.Escape(properties.Subject)}</dc:subject>" +
            $"<dc:creator>{SecurityElement.Escape(properties.Author)}</dc:creator>" +
            $"<dc:language>{SecurityElement.Escape(properties.Language)}</dc:language>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>" +
            $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>" +
            "</cp:coreProperties>";
        var part = package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCoreProperties");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(xml);
    }
}
