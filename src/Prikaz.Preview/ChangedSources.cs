namespace Prikaz.Preview;

/// <summary>What changed on disk since the last render.</summary>
[Flags]
internal enum ChangedSources
{
    None = 0,

    /// <summary>The document file itself.</summary>
    Document = 1,

    /// <summary>A template, profile, picture or font in one of the template layers.</summary>
    Templates = 2,

    All = Document | Templates,
}
