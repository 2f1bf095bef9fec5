using System.Buffers.Binary;

namespace Prikaz.Documents.Pictures;

/// <summary>The IHDR chunk of a PNG file: size, bit depth, colour type, interlacing.</summary>
internal readonly record struct PngHeader(int Width, int Height, int BitDepth, int ColourType, bool Interlaced)
{
    /// <summary>Bits per pixel: samples per pixel of the colour type times the bit depth.</summary>
    public int BitsPerPixel => BitDepth * ColourType switch
    {
        2 => 3,
        4 => 2,
        6 => 4,
        _ => 1,
    };

    /// <summary>The header in the 13 bytes of IHDR, or null when a value is not one PNG allows.</summary>
    public static PngHeader? Read(ReadOnlySpan<byte> body)
    {
        var width = BinaryPrimitives.ReadUInt32BigEndian(body);
        var height = BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
        var (depth, colour, compression, filter, interlace) = (body[8], body[9], body[10], body[11], body[12]);
        var depthAllowed = colour switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => false,
        };
        return width is 0 or > int.MaxValue || height is 0 or > int.MaxValue || !depthAllowed || compression != 0 || filter != 0 || interlace > 1
            ? null
            : new PngHeader((int)width, (int)height, depth, colour, interlace == 1);
    }
}
