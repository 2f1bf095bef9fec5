using System.Buffers.Binary;

namespace Prikaz.Documents.Pictures;

/// <summary>
/// The structure of a JPEG file (ITU-T T.81, JFIF): SOI, marker segments whose lengths stay inside the
/// file, one frame header (SOF) with a real size and 1–4 components before the first scan (SOS), the
/// entropy-coded data up to the next marker, and EOI at the end.
/// </summary>
internal static class JpegStructure
{
    private const byte Marker = 0xFF;

    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == Marker && bytes[1] == 0xD8 && bytes[2] == Marker;

    public static (PictureSize Size, string? Problem) Check(ReadOnlySpan<byte> bytes)
    {
        PictureSize? size = null;
        var scanned = false;
        var position = 2;
        while (true)
        {
            if (position >= bytes.Length)
            {
                return (default, "файл JPEG обрезан: нет маркера конца изображения");
            }

            if (bytes[position] != Marker)
            {
                return (default, "файл JPEG повреждён: на месте маркера другие данные");
            }

            while (position < bytes.Length && bytes[position] == Marker)
            {
                position++; // fill bytes may precede a marker
            }

            if (position >= bytes.Length)
            {
                return (default, "файл JPEG обрезан: нет маркера конца изображения");
            }

            var code = bytes[position++];
            if (code == 0xD9)
            {
                return size is null || !scanned ? (default, "в файле JPEG нет изображения (кадра и скана)") : (size.Value, null);
            }

            if (code is >= 0xD0 and <= 0xD7 or 0x01)
            {
                continue; // markers without a segment
            }

            if (code is 0xD8 or 0x00 || position + 2 > bytes.Length)
            {
                return (default, "файл JPEG повреждён: неверный маркер");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[position..]);
            if (length < 2 || position + length > bytes.Length)
            {
                return (default, "файл JPEG обрезан или повреждён: сегмент длиннее файла");
            }

            var segment = bytes.Slice(position + 2, length - 2);
            if (IsFrameHeader(code))
            {
                if (size is not null || segment.Length < 6)
                {
                    return (default, "файл JPEG повреждён: неверный заголовок кадра");
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                var components = segment[5];
                if (height == 0 || width == 0 || components is 0 or > 4 || segment.Length != 6 + (3 * components))
                {
                    return (default, "файл JPEG повреждён: неверные размеры или число цветовых компонентов кадра");
                }

                size = new PictureSize(width, height);
            }

            position += length;
            if (code == 0xDA)
            {
                if (size is null)
                {
                    return (default, "файл JPEG повреждён: скан раньше заголовка кадра");
                }

                scanned = true;
                position = AfterEntropyCodedData(bytes, position);
            }
        }
    }

    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsFrameHeader(byte code) => code is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    // Inside a scan 0xFF is followed by 0x00 (a stuffed byte), a restart marker or fill; any other byte ends it.
    private static int AfterEntropyCodedData(ReadOnlySpan<byte> bytes, int position)
    {
        while (position + 1 < bytes.Length)
        {
            var next = bytes[position..].IndexOf(Marker);
            if (next < 0 || position + next + 1 >= bytes.Length)
            {
                return bytes.Length;
            }

            position += next;
            var code = bytes[position + 1];
            if (code is 0x00 or >= 0xD0 and <= 0xD7)
            {
                position += 2;
            }
            else if (code == Marker)
            {
                position++;
            }
            else
            {
                return position;
            }
        }

        return bytes.Length;
    }
}
