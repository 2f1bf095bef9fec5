namespace Prikaz.Documents;

/// <summary>
/// The neutral document every writer receives: metadata, the named-style sheet and the page sections
/// in reading order. It holds resolved text only; writers never compute numbers, dates or wording.
/// </summary>
/// <param name="Properties">Title, author, language and date written into the file's metadata.</param>
/// <param name="Styles">The named paragraph styles the blocks refer to by id.</param>
/// <param name="Sections">Page sections; each starts on a new page.</param>
public sealed record Document(DocumentProperties Properties, StyleSheet Styles, IReadOnlyList<PageSection> Sections)
{
    /// <summary>Who made the tracked changes and when, for a document that carries <see cref="Revision"/>s; null otherwise.</summary>
    public RevisionAuthor? RevisionAuthor { get; init; }
}
