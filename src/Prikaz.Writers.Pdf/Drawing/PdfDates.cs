using System.Text;

namespace Prikaz.Writers.Pdf.Drawing;

/// <summary>
/// Skia writes the metadata dates with the machine's local UTC offset (<c>D:20200623000000+10'00'</c>
/// in Vladivostok), so the same document would give different bytes in different time zones. The
/// dates are the order's calendar date; this pins their offset to <c>+00'00'</c>. The replacement has
/// the same length, so the cross-reference offsets stay valid.
/// </summary>
internal static class PdfDates
{
    private static readonly byte[][] Keys = [Encoding.ASCII.GetBytes("/CreationDate (D:"), Encoding.ASCII.GetBytes("/ModDate (D:")];
    private static readonly byte[] Utc = Encoding.ASCII.GetBytes("+00'00'");

    public static void PinOffsets(Span<byte> pdf)
    {
        foreach (var key in Keys)
        {
            var at = pdf.LastIndexOf(key);
            if (at < 0)
            {
                continue;
            }

            var offset = pdf[(at + key.Length + 14)..];
            if (offset.Length >= Utc.Length && offset[0] is (byte)'+' or (byte)'-' && offset[3] == '\'' && offset[6] == '\'')
            {
                Utc.CopyTo(offset);
            }
        }
    }
}
