using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

/// <summary>
/// The code as vector squares, one rectangle per horizontal run of dark modules (quiet zone
/// included); a code the pipeline did not encode is printed as its content in small text.
/// </summary>
internal sealed class QrCodeConverter : BlockConverter<QrCode, SectionLayout>
{
    protected override void Convert(QrCode block, SectionLayout layout)
    {
        if (block.Modules is not { } matrix)
        {
            layout.Add(new ParagraphFlow(layout.Break(layout.Styler.Lines(StyleIds.Executor, [block.Content], Alignment.Right))));
            return;
        }

        var size = Units.Mm(block.SizeMm);
        var module = size / matrix.Size;
        var squares = new List<(float, float, float, float)>();
        for (var row = 0; row < matrix.Size; row++)
        {
            foreach (var (column, length) in matrix.DarkRuns(row))
            {
                squares.Add((column * module, row * module, length * module, module));
            }
        }

        layout.Add(new QrFlow(new PageItem.Squares(squares), size));
    }
}
