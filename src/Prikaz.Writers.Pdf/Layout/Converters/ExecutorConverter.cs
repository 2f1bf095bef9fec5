using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

/// <summary>The executor mark, at the bottom of the page (see <see cref="BottomFlow"/>).</summary>
internal sealed class ExecutorConverter : BlockConverter<ExecutorMark, SectionLayout>
{
    protected override void Convert(ExecutorMark block, SectionLayout layout) =>
        layout.Add(new BottomFlow(layout.Break(layout.Styler.Lines(StyleIds.Executor, block.Lines, Alignment.Left))));
}
