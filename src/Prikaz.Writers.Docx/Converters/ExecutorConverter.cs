using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>One paragraph per line in the «Исполнитель» style (smaller font, from the left border).</summary>
internal sealed class ExecutorConverter : BlockConverter<ExecutorMark, DocxContext>
{
    protected override void Convert(ExecutorMark block, DocxContext context) =>
        context.Body.Append(block.Lines.Select(line => ParagraphFactory.Create(context, StyleIds.Executor, [new TextRun(line)], ParagraphFormat.None)));
}
