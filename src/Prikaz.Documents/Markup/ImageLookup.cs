namespace Prikaz.Documents.Markup;

/// <summary>
/// What an image resolver found for an <c>&lt;img src&gt;</c>: the picture file's bytes, or why there are
/// none (a Russian reason for the PRK208 diagnostic: outside the folder, too large). A resolver returns
/// null when there is no such picture at all.
/// </summary>
public sealed record ImageLookup(byte[]? Bytes, string? Problem)
{
    public static ImageLookup Found(byte[] bytes) => new(bytes, null);

    public static ImageLookup Refused(string problem) => new(null, problem);
}
