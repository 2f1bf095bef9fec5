namespace Prikaz.Writers.Docx;

/// <summary>Relationship ids of the two header parts every package has: one with the page number, one empty.</summary>
internal sealed record HeaderIds(string Numbered, string Empty);
