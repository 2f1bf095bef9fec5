using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Prikaz.Documents.Pictures;

/// <summary>
/// The structure of a PNG file (ISO/IEC 15948): the signature, chunks with their CRC-32, a valid IHDR
/// first, PLTE where the colour type needs it, IDAT, IEND last; then the compressed pixels, inflated
/// without keeping them, must be exactly the rows IHDR declares, each with a known filter type.
/// </summary>
internal static class PngStructure
{
    private const int ChunkOverhead = 12; // length, type, CRC

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    /// <summary>Reads the chunks and IHDR; the pixels are checked apart (<see cref="CheckPixels"/>), after the size is.</summary>
    public static (PngHeader? Header, string? Problem) ReadHeader(ReadOnlySpan<byte> bytes)
    {
        PngHeader? header = null;
        var palette = false;
        var data = false;
        var position = Signature.Length;
        while (true)
        {
            if (position + ChunkOverhead > bytes.Length)
            {
                return (null, "файл PNG обрезан: нет завершающего блока IEND");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            if (length > int.MaxValue || position + ChunkOverhead + (long)length > bytes.Length)
            {
                return (null, "файл PNG обрезан или повреждён: блок длиннее файла");
            }

            var type = bytes.Slice(position + 4, 4);
            var body = bytes.Slice(position + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes[(position + 8 + (int)length)..]);
            if (Crc32.HashToUInt32(bytes.Slice(position + 4, 4 + (int)length)) != crc)
            {
                return (null, $"файл PNG повреждён: не сходится контрольная сумма блока {Name(type)}");
            }

            var name = Name(type);
            if (header is null && name != "IHDR")
            {
                return (null, "файл PNG повреждён: первым должен идти блок IHDR");
            }

            switch (name)
            {
                case "IHDR":
                    if (header is not null || length != 13)
                    {
                        return (null, "файл PNG повреждён: неверный блок IHDR");
                    }

                    header = PngHeader.Read(body);
                    if (header is null)
                    {
                        return (null, "файл PNG повреждён: недопустимые размеры или формат точек в IHDR");
                    }

                    break;
                case "PLTE":
                    palette = true;
                    break;
                case "IDAT":
                    data = true;
                    break;
                case "IEND":
                    return !data ? (null, "в файле PNG нет изображения (блоков IDAT)")
                        : header!.Value.ColourType == 3 && !palette ? (null, "файл PNG повреждён: нет палитры (PLTE)")
                        : (header, null);
                default:
                    // An unknown critical chunk (upper-case first letter) cannot be skipped by a decoder.
                    if (char.IsAsciiLetterUpper(name[0]))
                    {
                        return (null, $"файл PNG содержит неизвестный обязательный блок {name}");
                    }

                    break;
            }

            position += ChunkOverhead + (int)length;
        }
    }

    /// <summary>Inflates the IDAT data and checks it is exactly the filtered rows of <paramref name="header"/>.</summary>
    public static string? CheckPixels(ReadOnlySpan<byte> bytes, PngHeader header)
    {
        using var compressed = new MemoryStream();
        for (var position = Signature.Length; position + ChunkOverhead <= bytes.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            if (Name(bytes.Slice(position + 4, 4)) == "IDAT")
            {
                compressed.Write(bytes.Slice(position + 8, length));
            }

            position += ChunkOverhead + length;
        }

        compressed.Position = 0;
        var rows = new PngRows(header);
        try
        {
            using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                if (rows.Accept(buffer.AsSpan(0, read)) is { } problem)
                {
                    return problem;
                }
            }
        }
        catch (InvalidDataException)
        {
            return "файл PNG повреждён: сжатые данные изображения не распаковываются";
        }

        return rows.Complete ? null : "файл PNG обрезан: данных изображения меньше, чем объявлено в IHDR";
    }

    private static string Name(ReadOnlySpan<byte> type)
    {
        Span<char> chars = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            chars[i] = type[i] is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' ? (char)type[i] : '?';
        }

        return new string(chars);
    }
}
