using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

internal sealed class DistributionConverter : BlockConverter<DistributionList, DocxContext>
{
    protected override void Convert(DistributionList block, DocxContext context)
    {
        context.Body.Append(ParagraphFactory.Create(context, StyleIds.Distribution, [new TextRun(block.Text)], ParagraphFormat.None));
    }
}
