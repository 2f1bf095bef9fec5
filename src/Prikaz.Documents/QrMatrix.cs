namespace Prikaz.Documents;

/// <summary>
/// The modules of a QR code, quiet zone included, row by row: what every writer draws as dark and
/// light squares. Encoding happens once, before the writers, so all formats show the same code.
/// </summary>
/// <param name="Size">Modules per side.</param>
/// <param name="Dark">Row-major flags, <c>Size × Size</c> of them; true for a dark module.</param>
public sealed record QrMatrix(int Size, IReadOnlyList<bool> Dark)
{
    /// <summary>True when the module at <paramref name="row"/>, <paramref name="column"/> is dark.</summary>
    public bool IsDark(int row, int column) => Dark[(row * Size) + column];

    /// <summary>The dark runs of one row as (first column, length): writers draw one rectangle per run.</summary>
    public IEnumerable<(int Column, int Length)> DarkRuns(int row)
    {
        for (var column = 0; column < Size;)
        {
            if (!IsDark(row, column))
            {
                column++;
                continue;
            }

            var start = column;
            while (column < Size && IsDark(row, column))
            {
                column++;
            }

            yield return (start, column - start);
        }
    }
}
