using Prikaz.Import.Docx;
using Prikaz.Import.Source;
using Prikaz.Import.Text;

namespace Prikaz.Import;

/// <summary>
/// The readers, one per input format, chosen by what the bytes are (not by the file's extension): a
/// zip package is read as DOCX, an OLE compound file is refused as encrypted or old Word, PDF is
/// refused with advice, anything else is read as plain text or Markdown.
/// </summary>
internal static class OrderReaders
{
    public static SourceDocument Read(byte[] input, string displayName)
    {
        if (input.Length == 0)
        {
            throw new ImportException($"{displayName}: файл пуст");
        }

        if (PackageGuard.IsZip(input))
        {
            return DocxReader.Read(input, displayName);
        }

        if (PackageGuard.IsCompoundFile(input))
        {
            throw new ImportException(PackageGuard.IsEncryptedPackage(input)
                ? $"{displayName}: документ защищён паролем (зашифрованный DOCX); снимите пароль в Word («Файл → Сведения → Защита документа») и повторите импорт"
                : $"{displayName}: это документ Word 97–2003 (.doc), а не DOCX; сохраните его в Word или LibreOffice как .docx и повторите импорт");
        }

        if (input.AsSpan().StartsWith("%PDF"u8))
        {
            throw new ImportException($"{displayName}: PDF не читается напрямую; извлеките текст (например, pdftotext -layout) или откройте PDF в Word и сохраните как DOCX");
        }

        if (displayName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportException($"{displayName}: файл назван .docx, но это не документ DOCX (не zip-пакет Office Open XML)");
        }

        return PlainTextReader.Read(input, displayName);
    }
}
