using System.Text;

namespace Prikaz.Writers.Pdf.Drawing;

/// <summary>
/// Adds a file identifier (<c>/ID [&lt;…&gt; &lt;…&gt;]</c>, ISO 32000-1 14.4) to the trailer Skia writes,
/// which has none. The trailer follows the cross-reference table and <c>startxref</c> points before it,
/// so inserting into it moves no offset the file records.
/// </summary>
internal static class PdfFileIdentifier
{
    private const int MaxBytes = 32;

    private static readonly byte[] Trailer = Encoding.ASCII.GetBytes("trailer\n<<");
    private static readonly byte[] End = Encoding.ASCII.GetBytes(">>");

    public static byte[] Insert(ReadOnlySpan<byte> pdf, ReadOnlySpan<byte> identifier)
    {
        if (identifier.IsEmpty || identifier.Length > MaxBytes)
        {
            throw new ArgumentException($"A PDF file identifier has 1 to {MaxBytes} bytes.", nameof(identifier));
        }

        var trailer = pdf.LastIndexOf(Trailer);
        var end = trailer < 0 ? -1 : pdf[trailer..].IndexOf(End);
        if (end < 0)
        {
            throw new InvalidOperationException("Skia wrote a PDF without the trailer dictionary it always writes.");
        }

        var at = trailer + end;
        var hex = Convert.ToHexString(identifier);
        var entry = Encoding.ASCII.GetBytes($"\n/ID [<{hex}> <{hex}>]");
        var result = new byte[pdf.Length + entry.Length];
        pdf[..at].CopyTo(result);
        entry.CopyTo(result.AsSpan(at));
        pdf[at..].CopyTo(result.AsSpan(at + entry.Length));
        return result;
    }
}
