namespace Prikaz.Documents.Pictures;

/// <summary>The media type of a picture <see cref="PictureCheck"/> accepted, told by its signature, for writers that name it.</summary>
public static class PictureFormat
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    public static string MediaType(ReadOnlySpan<byte> bytes) => JpegStructure.HasSignature(bytes) ? Jpeg : Png;
}
