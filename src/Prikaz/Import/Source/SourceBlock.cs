namespace Prikaz.Import.Source;

/// <summary>
/// One block of an order as a reader found it, before anything is recognised: a paragraph or a table.
/// Readers (DOCX, text) produce these; <see cref="Recognition.OrderRecognizer"/> turns them into the model,
/// the way pandoc's readers feed one AST.
/// </summary>
internal abstract record SourceBlock
{
    /// <summary>Where the block stands in the input, in words a clerk understands: «абзац 12», «строка 40».</summary>
    public required string Where { get; init; }
}
