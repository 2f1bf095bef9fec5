namespace Prikaz.Documents;

/// <summary>Orientation of the pages of a section.</summary>
public enum PageOrientation
{
    /// <summary>Upright pages.</summary>
    Portrait,

    /// <summary>Sideways pages, used for wide appendix tables.</summary>
    Landscape,
}
