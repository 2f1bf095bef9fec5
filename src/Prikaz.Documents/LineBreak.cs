namespace Prikaz.Documents;

/// <summary>A forced line break inside a paragraph (not a new paragraph).</summary>
public sealed record LineBreak : Inline;
