namespace Prikaz.Writers.Xlsx;

/// <summary>The cell formats of a workbook, by their index in <see cref="WorkbookStyles"/>.</summary>
internal enum SheetStyle : uint
{
    Default = 0,
    Header = 1,
    Text = 2,
    Date = 3,
    Number = 4,
    Section = 5,
}
