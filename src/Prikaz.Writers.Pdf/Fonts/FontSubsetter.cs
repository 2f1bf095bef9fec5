using System.Runtime.InteropServices;

namespace Prikaz.Writers.Pdf.Fonts;

/// <summary>
/// Cuts a font down to the characters one document uses, with HarfBuzz's subsetter from the
/// HarfBuzzSharp native library (its managed API does not expose hb-subset). Skia would otherwise
/// embed every font whole, about 400 KB each.
/// </summary>
internal static unsafe partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const int MemoryModeReadOnly = 1;
    private const uint FlagNoHinting = 0x1;

    /// <summary>The subset font file, or <c>null</c> when HarfBuzz refuses (the caller then embeds the whole font).</summary>
    public static byte[]? Subset(byte[] font, IEnumerable<int> codePoints)
    {
        fixed (byte* data = font)
        {
            var blob = hb_blob_create(data, (uint)font.Length, MemoryModeReadOnly, 0, 0);
            var face = hb_face_create(blob, 0);
            var input = hb_subset_input_create_or_fail();
            nint subset = 0;
            try
            {
                if (input == 0)
                {
                    return null;
                }

                var unicodes = hb_subset_input_unicode_set(input);
                foreach (var codePoint in codePoints)
                {
                    hb_set_add(unicodes, (uint)codePoint);
                }

                // Layout and drawing never hint (SKFontHinting.None), so the hinting programs are dead weight.
                hb_subset_input_set_flags(input, FlagNoHinting);
                subset = hb_subset_or_fail(face, input);
                if (subset == 0)
                {
                    return null;
                }

                var result = hb_face_reference_blob(subset);
                try
                {
                    var bytes = hb_blob_get_data(result, out var length);
                    return length == 0 ? null : new ReadOnlySpan<byte>(bytes, (int)length).ToArray();
                }
                finally
                {
                    hb_blob_destroy(result);
                }
            }
            finally
            {
                if (subset != 0)
                {
                    hb_face_destroy(subset);
                }

                if (input != 0)
                {
                    hb_subset_input_destroy(input);
                }

                hb_face_destroy(face);
                hb_blob_destroy(blob);
            }
        }
    }

    [LibraryImport(Library)]
    private static partial nint hb_blob_create(byte* data, uint length, int mode, nint userData, nint destroy);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(nint blob);

    [LibraryImport(Library)]
    private static partial byte* hb_blob_get_data(nint blob, out uint length);

    [LibraryImport(Library)]
    private static partial nint hb_face_create(nint blob, uint index);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(nint face);

    [LibraryImport(Library)]
    private static partial nint hb_face_reference_blob(nint face);

    [LibraryImport(Library)]
    private static partial nint hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(nint input);

    [LibraryImport(Library)]
    private static partial nint hb_subset_input_unicode_set(nint input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(nint input, uint flags);

    [LibraryImport(Library)]
    private static partial void hb_set_add(nint set, uint codePoint);

    [LibraryImport(Library)]
    private static partial nint hb_subset_or_fail(nint face, nint input);
}
