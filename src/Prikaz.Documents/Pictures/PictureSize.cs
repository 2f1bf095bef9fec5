namespace Prikaz.Documents.Pictures;

/// <summary>A picture's size in pixels, as its header declares it.</summary>
internal readonly record struct PictureSize(int Width, int Height);
