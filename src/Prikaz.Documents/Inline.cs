namespace Prikaz.Documents;

/// <summary>A piece of a paragraph's content: a <see cref="TextRun"/> or a <see cref="LineBreak"/>.</summary>
public abstract record Inline;
