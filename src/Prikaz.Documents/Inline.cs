namespace Prikaz.Documents;

/// <summary>A piece of a paragraph's content: a <see cref="TextRun"/>, a <see cref="LineBreak"/> or a <see cref="RightTab"/>.</summary>
public abstract record Inline
{
    /// <summary>Whether the piece was inserted or deleted in a redline; <see cref="Revision.None"/> everywhere else.</summary>
    public Revision Revision { get; init; }
}
