namespace Prikaz.Documents;

/// <summary>A picture such as the coat of arms on the letterhead (ГОСТ Р 7.0.97: centred, 10 mm from the top edge).</summary>
/// <param name="Png">The picture file's bytes: PNG, or JPEG (<see cref="Pictures.PictureFormat"/>), checked by <see cref="Pictures.PictureCheck"/>.</param>
/// <param name="WidthMm">Printed width.</param>
/// <param name="HeightMm">Printed height.</param>
/// <param name="Alignment">Horizontal placement.</param>
/// <param name="Description">Alternative text.</param>
public sealed record Image(ReadOnlyMemory<byte> Png, double WidthMm, double HeightMm, Alignment Alignment, string Description) : Block;
