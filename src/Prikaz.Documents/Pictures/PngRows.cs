namespace Prikaz.Documents.Pictures;

/// <summary>
/// Follows the inflated pixel data of a PNG row by row without keeping it: every row starts with a
/// filter type 0–4, and the data must end exactly after the last row of the last Adam7 pass.
/// </summary>
internal sealed class PngRows
{
    private readonly Queue<(long Rows, long RowBytes)> passes = new();
    private long rowsLeft;
    private long rowBytes;
    private long inRow = -1; // -1: the next byte is a row's filter type

    public PngRows(PngHeader header)
    {
        // Adam7 (ISO/IEC 15948 8.2): each pass takes every n-th pixel from an offset; empty passes have no rows.
        (int X, int Y, int Dx, int Dy)[] layout = header.Interlaced
            ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
            : [(0, 0, 1, 1)];
        foreach (var (x, y, dx, dy) in layout)
        {
            var width = (header.Width - x + dx - 1L) / dx;
            var height = (header.Height - y + dy - 1L) / dy;
            if (width > 0 && height > 0)
            {
                passes.Enqueue((height, ((width * header.BitsPerPixel) + 7) / 8));
            }
        }

        NextPass();
    }

    /// <summary>True when every row has been seen in full.</summary>
    public bool Complete => rowsLeft == 0 && passes.Count == 0;

    /// <summary>Takes the next inflated bytes; returns why they cannot be the declared rows, or null.</summary>
    public string? Accept(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (Complete)
            {
                return "файл PNG повреждён: данных изображения больше, чем объявлено в IHDR";
            }

            if (inRow < 0)
            {
                if (data[0] > 4)
                {
                    return "файл PNG повреждён: неизвестный фильтр строки изображения";
                }

                data = data[1..];
                inRow = 0;
                continue;
            }

            var take = (int)Math.Min(data.Length, rowBytes - inRow);
            data = data[take..];
            inRow += take;
            if (inRow == rowBytes)
            {
                inRow = -1;
                if (--rowsLeft == 0)
                {
                    NextPass();
                }
            }
        }

        return null;
    }

    private void NextPass()
    {
        if (passes.TryDequeue(out var pass))
        {
            (rowsLeft, rowBytes) = pass;
        }
    }
}
