using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>The executor mark: its lines in the smaller «Исполнитель» style.</summary>
internal sealed class ExecutorConverter : BlockConverter<ExecutorMark, HtmlRenderer>
{
    protected override void Convert(ExecutorMark block, HtmlRenderer renderer)
    {
        var style = renderer.ClassOf(StyleIds.Executor);
        renderer.Markup.OpenBlock("div", ("class", "executor"));
        foreach (var line in block.Lines)
        {
            renderer.Markup.TextLine("p", line, ("class", style));
        }

        renderer.Markup.CloseBlock("div");
    }
}
