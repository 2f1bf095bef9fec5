namespace Prikaz.Documents;

/// <summary>
/// Metadata of a document. <paramref name="Created"/> is supplied by the caller (the order's date),
/// never read from the clock, so that the same input gives the same bytes.
/// </summary>
/// <param name="Title">Document title (for DOCX: core property <c>dc:title</c>).</param>
/// <param name="Author">Author (for DOCX: <c>dc:creator</c>), usually the authority.</param>
/// <param name="Subject">Subject line; may be empty.</param>
/// <param name="Language">BCP 47 language tag, e.g. <c>ru-RU</c>.</param>
/// <param name="Created">Creation and modification date of the document.</param>
public sealed record DocumentProperties(string Title, string Author, string Subject, string Language, DateOnly Created);
