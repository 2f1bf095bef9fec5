using System.Globalization;

namespace Prikaz.Writers.Xlsx;

/// <summary>Spreadsheet cell names: column 0 → «A», 26 → «AA»; row 0 → «1».</summary>
internal static class CellReference
{
    public static string Of(int row, int column) => Column(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    public static string Column(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
