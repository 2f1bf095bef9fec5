namespace Prikaz.Import;

/// <summary>What the clerk asked of one import.</summary>
public sealed record ImportOptions
{
    /// <summary>The authority profile to use instead of matching the letterhead (<c>--authority</c>).</summary>
    public string? Authority { get; init; }

    /// <summary>
    /// Number points and items anew (<c>--renumber</c>), for a text that is not signed yet: the
    /// original's numbers become comments. Off by default: an imported order is a signed one, so its
    /// numbers are pinned as printed, duplicates and gaps included, and the file records its edition;
    /// the validator then reports those as warnings of a signed original, never «fixed».
    /// </summary>
    public bool Renumber { get; init; }
}
