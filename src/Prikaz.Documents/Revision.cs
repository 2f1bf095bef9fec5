namespace Prikaz.Documents;

/// <summary>
/// A tracked change a piece of a document carries (a redline: the new edition with what changed since
/// the old one). Writers show it as their format does: DOCX as Word revisions (<c>w:ins</c>, <c>w:del</c>)
/// a reviewer accepts or rejects, HTML as <c>&lt;ins&gt;</c> and <c>&lt;del&gt;</c>, PDF underlined and struck through.
/// </summary>
public enum Revision
{
    /// <summary>Text of both editions.</summary>
    None,

    /// <summary>Text only the new edition has.</summary>
    Inserted,

    /// <summary>Text only the old edition had.</summary>
    Deleted,
}
