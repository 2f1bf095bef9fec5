namespace Prikaz.Import.Source;

/// <summary>What a reader found in one input: its blocks in order and what it did on the way.</summary>
internal sealed record SourceDocument
{
    public required IReadOnlyList<SourceBlock> Blocks { get; init; }

    /// <summary>The input format as the report names it: «DOCX», «текст», «Markdown».</summary>
    public required string Format { get; init; }

    /// <summary>Things the reader did that the clerk should know of (tracked changes accepted, …).</summary>
    public IReadOnlyList<string> ReaderNotes { get; init; } = [];
}
