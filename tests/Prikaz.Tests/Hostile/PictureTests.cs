using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using Prikaz.Documents;
using Prikaz.Documents.Markup;
using Prikaz.Writers.Docx;
using SkiaSharp;

namespace Prikaz.Tests.Hostile;

/// <summary>
/// Issue 8, case 8 (and the picture half of case 1): a picture is embedded only when it really is a PNG
/// or JPEG that decodes, within limits no letterhead picture reaches; anything else is PRK208.
/// </summary>
public sealed class PictureTests
{
    [Fact]
    public void Real_png_and_jpeg_are_accepted()
    {
        Assert.Empty(Parse(Picture(SKEncodedImageFormat.Png, 48, 60)).Diagnostics);
        Assert.Empty(Parse(Picture(SKEncodedImageFormat.Jpeg, 48, 60)).Diagnostics);
        Assert.Empty(Parse(Png(3, 2, colourType: 2, interlaced: true)).Diagnostics);
    }

    [Fact]
    public void Jpeg_is_embedded_in_docx_as_jpeg()
    {
        var result = Parse(Picture(SKEncodedImageFormat.Jpeg, 48, 60));
        using var docx = new MemoryStream();
        new DocxWriter().Write(result.Document, docx);

        using var zip = new ZipArchive(new MemoryStream(docx.ToArray()));
        Assert.Contains(zip.Entries, entry => entry.FullName.EndsWith(".jpeg", StringComparison.Ordinal) || entry.FullName.EndsWith(".jpg", StringComparison.Ordinal));
    }

    [Fact]
    public void Png_with_a_damaged_byte_is_refused_with_PRK208()
    {
        var png = Picture(SKEncodedImageFormat.Png, 48, 60);
        png[png.Length / 2] ^= 0x55;

        AssertRefused(png, "контрольная сумма");
    }

    [Fact]
    public void Truncated_png_is_refused_with_PRK208()
    {
        var png = Picture(SKEncodedImageFormat.Png, 48, 60);

        AssertRefused(png[..(png.Length - 20)], "обрезан");
    }

    [Fact]
    public void Png_whose_pixels_are_fewer_than_its_header_says_is_refused_with_PRK208()
    {
        // Every checksum is right; only the inflated rows are one short of the declared height.
        AssertRefused(Png(16, 16, rows: 15), "меньше, чем объявлено");
    }

    [Fact]
    public void Png_of_20000_by_20000_is_refused_before_it_is_decoded()
    {
        var png = Png(20_000, 20_000, rows: 1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        AssertRefused(png, "20000 × 20000 точек слишком большое");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Decoded, the picture would take 1.6 GB; refused from its header, almost nothing. Measured in
        // bytes, not seconds: a clock fails on a loaded machine.
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated / (1024 * 1024)} MB allocated");
    }

    [Fact]
    public void Text_file_named_as_a_picture_is_refused_with_PRK208()
    {
        AssertRefused("NAME=\"Debian GNU/Linux\"\n"u8.ToArray(), "это не PNG и не JPEG");
    }

    [Fact]
    public void Jpeg_without_its_end_is_refused_with_PRK208()
    {
        var jpeg = Picture(SKEncodedImageFormat.Jpeg, 48, 60);

        AssertRefused(jpeg[..(jpeg.Length / 2)], "JPEG");
    }

    private static void AssertRefused(byte[] picture, string reason)
    {
        var result = Parse(picture);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("PRK208", problem.Code);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    private static MarkupResult Parse(byte[] picture) => MarkupParser.Parse(
        $"""<document title="t" author="a" subject="s" lang="ru-RU" created="2024-01-01"><section size="A4" orientation="portrait" margins="20 10 20 30"><img src="data:image/png;base64,{Convert.ToBase64String(picture)}" width="15" height="18"/></section></document>""",
        StyleSheet.Default);

    private static byte[] Picture(SKEncodedImageFormat format, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.DarkBlue };
            canvas.DrawOval(new SKRect(4, 4, width - 4, height - 4), paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    // A PNG written by hand, with right checksums, whose IDAT holds `rows` rows (all of them by default).
    private static byte[] Png(int width, int height, int colourType = 0, bool interlaced = false, int? rows = null)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = (byte)colourType;
        header[12] = (byte)(interlaced ? 1 : 0);
        var samples = colourType == 2 ? 3 : 1;
        var raw = new MemoryStream();
        if (interlaced)
        {
            // 3 × 2, Adam7: passes 1 (1×1), 2 (empty), 3 (empty), 4 (1×1), 5 (empty), 6 (1×1), 7 (3×1).
            foreach (var passWidth in new[] { 1, 1, 1, 3 })
            {
                raw.WriteByte(0);
                raw.Write(new byte[passWidth * samples]);
            }
        }
        else
        {
            for (var row = 0; row < (rows ?? height); row++)
            {
                raw.WriteByte(0);
                raw.Write(new byte[width * samples]);
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(file, "IHDR", header);
        Chunk(file, "IDAT", compressed.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    private static void Chunk(Stream file, string type, byte[] body)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, body.Length);
        file.Write(number);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(body).ToArray();
        file.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.HashToUInt32(typed));
        file.Write(number);
    }
}
