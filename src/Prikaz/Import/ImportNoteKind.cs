namespace Prikaz.Import;

/// <summary>How sure the importer is about a field: the three parts of the review report.</summary>
public enum ImportNoteKind
{
    /// <summary>Read as written; nothing for a person to do.</summary>
    Recognised,

    /// <summary>The importer had to choose; a comment in the YAML says what it chose.</summary>
    Guessed,

    /// <summary>The importer could not decide or found a defect of the original: a person must look.</summary>
    NeedsReview,
}
