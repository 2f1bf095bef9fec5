namespace Prikaz.Import;

/// <summary>What the clerk asked of one import.</summary>
public sealed record ImportOptions
{
    /// <summary>The authority profile to use instead of matching the letterhead (<c>--authority</c>).</summary>
    public string? Authority { get; init; }

    /// <summary>
    /// Pin every signed number that differs from the derived one, duplicates and gaps included
    /// (<c>--keep-numbering</c>): the YAML then reproduces the original exactly and the validator reports
    /// those numbers as errors. Off by default, so the YAML validates and the differences are comments.
    /// </summary>
    public bool KeepNumbering { get; init; }
}
