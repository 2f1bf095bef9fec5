using System.IO.Compression;
using System.Text;

namespace Prikaz.Import.Docx;

/// <summary>
/// Checks a DOCX package before any XML is parsed: a real zip, not truncated, a sane number of entries,
/// and — by decompressing every entry with a running budget rather than trusting the sizes the headers
/// declare — no more than <see cref="MaxUncompressedBytes"/> in all and no entry inflating more than
/// <see cref="MaxRatio"/> times. Limits stop zip bombs, never real documents (a long order with scans is
/// tens of megabytes).
/// </summary>
internal static class PackageGuard
{
    public const int MaxEntries = 5000;

    public const long MaxUncompressedBytes = 256L * 1024 * 1024;

    /// <summary>Word XML deflates about 10:1; more than this, on a large entry, is a bomb.</summary>
    public const int MaxRatio = 200;

    private const long RatioCheckedFrom = 8L * 1024 * 1024;

    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsZip(ReadOnlySpan<byte> input) => input.Length >= 4 && input[0] == 'P' && input[1] == 'K' && input[2] is 3 or 5 && input[3] is 4 or 6;

    public static bool IsCompoundFile(ReadOnlySpan<byte> input) => input.StartsWith(CompoundFileSignature);

    /// <summary>
    /// An encrypted OOXML file (ECMA-376 part 2, «Agile Encryption») is a compound file holding the
    /// streams «EncryptionInfo» and «EncryptedPackage»; their names are stored in UTF-16 in its directory.
    /// </summary>
    public static bool IsEncryptedPackage(byte[] input) =>
        input.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0 || input.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;

    /// <summary>Throws <see cref="ImportException"/> unless <paramref name="input"/> is a safe, whole DOCX package.</summary>
    public static void Check(byte[] input, string displayName)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(input, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new ImportException($"{displayName}: в пакете {zip.Entries.Count} частей (допустимо до {MaxEntries}) — это не похоже на документ, файл не читается");
            }

            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("word/document.xml") && !names.Contains("[Content_Types].xml"))
            {
                throw new ImportException(names.Contains("mimetype") || names.Contains("content.xml")
                    ? $"{displayName}: это документ OpenDocument (.odt), а не DOCX; сохраните его в LibreOffice как «Word 2007–365 (.docx)»"
                    : $"{displayName}: это zip-архив, но не документ DOCX (нет word/document.xml)");
            }

            var budget = MaxUncompressedBytes;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                long inflated = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    inflated += read;
                    budget -= read;
                    if (budget < 0)
                    {
                        throw new ImportException($"{displayName}: распакованный документ больше {MaxUncompressedBytes / 1024 / 1024} МБ (похоже на zip-бомбу) — файл не читается");
                    }

                    if (inflated > RatioCheckedFrom && inflated > (long)MaxRatio * Math.Max(1, entry.CompressedLength))
                    {
                        throw new ImportException($"{displayName}: часть {entry.FullName} сжата более чем в {MaxRatio} раз (похоже на zip-бомбу) — файл не читается");
                    }
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportException($"{displayName}: файл DOCX повреждён или обрезан (zip-архив не читается); сохраните документ заново");
        }
        catch (IOException)
        {
            throw new ImportException($"{displayName}: файл DOCX повреждён или обрезан (zip-архив не читается); сохраните документ заново");
        }
    }
}
