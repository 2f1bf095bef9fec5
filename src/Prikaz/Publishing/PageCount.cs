using System.Text;

namespace Prikaz.Publishing;

/// <summary>
/// The number of pages of a written document where the file itself fixes it: a PDF's page objects
/// (<c>/Type /Page</c>). DOCX and HTML are laid out by the program that opens them, so their page
/// count is unknown (<c>null</c>) rather than guessed.
/// </summary>
public static class PageCount
{
    private static readonly byte[] TypeKey = Encoding.ASCII.GetBytes("/Type");
    private static readonly byte[] PageName = Encoding.ASCII.GetBytes("/Page");

    public static int? Of(string format, ReadOnlySpan<byte> bytes) =>
        string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase) ? PdfPages(bytes) : null;

    // Counts «/Type /Page» but not «/Type /Pages»; a PDF that hides its page objects in compressed
    // object streams shows none, and then the count is unknown rather than zero.
    private static int? PdfPages(ReadOnlySpan<byte> bytes)
    {
        var pages = 0;
        var rest = bytes;
        for (var at = rest.IndexOf(TypeKey); at >= 0; at = rest.IndexOf(TypeKey))
        {
            rest = rest[(at + TypeKey.Length)..];
            var value = rest.TrimStart(" \t\r\n"u8);
            if (value.StartsWith(PageName) && (value.Length == PageName.Length || !IsNameCharacter(value[PageName.Length])))
            {
                pages++;
            }
        }

        return pages > 0 ? pages : null;
    }

    private static bool IsNameCharacter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9';
}
