namespace Prikaz.Amendments;

/// <summary>Why a change does not apply to the edition it names.</summary>
public enum ChangeProblem
{
    /// <summary>The edition has no unit with that number (or key).</summary>
    MissingUnit,

    /// <summary>The field the words are quoted from is not a text, or is empty.</summary>
    NoText,

    /// <summary>The quoted words do not occur in the field exactly once.</summary>
    Words,
}
