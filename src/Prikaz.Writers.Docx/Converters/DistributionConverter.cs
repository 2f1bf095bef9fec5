using DocumentFormat.OpenXml;
using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

internal sealed class DistributionConverter : BlockConverter<DistributionList>
{
    protected override IEnumerable<OpenXmlElement> Convert(DistributionList block, DocxContext context)
    {
        yield return ParagraphFactory.Create(context, StyleIds.Distribution, [new TextRun(block.Text)], ParagraphFormat.None);
    }
}
