namespace Prikaz.Import.Source;

/// <summary>A paragraph: its text with line breaks as <c>\n</c>, and the hints the format gives about it.</summary>
internal sealed record SourceParagraph : SourceBlock
{
    public required string Text { get; init; }

    /// <summary>The label automatic numbering prints before the text («1.», «3.1.»); not part of <see cref="Text"/>.</summary>
    public string? Label { get; init; }

    /// <summary>The list level of automatic numbering (0 for «1.», 1 for «1.1.»), null without numbering.</summary>
    public int? ListLevel { get; init; }

    /// <summary>The paragraph style's id (DOCX), e.g. <c>PrikazPoint</c>; null in plain text.</summary>
    public string? Style { get; init; }

    /// <summary>True when the whole paragraph is bold (DOCX runs or Markdown <c>**…**</c>).</summary>
    public bool Bold { get; init; }

    /// <summary>True for a paragraph read from a text box or frame.</summary>
    public bool InTextBox { get; init; }

    /// <summary>The label and the text as printed.</summary>
    public string Printed => Label is null ? Text : Label + " " + Text;
}
