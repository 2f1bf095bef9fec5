using Prikaz.Documents;

namespace Prikaz.Writers.Html;

/// <summary>
/// Page CSS: on screen every section is a sheet of its paper size on a grey background; in print the
/// sections map to named <c>@page</c> rules with their size, margins and page numbers.
/// </summary>
internal sealed class PageCss
{
    private readonly List<(PageSetup Setup, string Name)> pages = [];
    private readonly List<string> sectionNames = [];
    private readonly StyleSheet styles;
    private readonly bool firstPageUnnumbered;

    /// <summary>Names the distinct page setups of <paramref name="document"/>: «portrait», «landscape», then «portrait-2» …</summary>
    public PageCss(Document document)
    {
        styles = document.Styles;
        foreach (var section in document.Sections)
        {
            var setup = PageSetup.Of(section);
            var known = pages.FindIndex(page => page.Setup == setup);
            if (known < 0)
            {
                var sameOrientation = pages.Count(page => page.Setup.Orientation == setup.Orientation);
                pages.Add((setup, sameOrientation == 0 ? setup.OrientationName : $"{setup.OrientationName}-{sameOrientation + 1}"));
                known = pages.Count - 1;
            }

            sectionNames.Add(pages[known].Name);
        }

        // ГОСТ Р 7.0.97: numbering starts on page 2. CSS :first is the document's first page only,
        // so only the first section can leave its first page unnumbered.
        firstPageUnnumbered = document.Sections.Count > 0 && document.Sections[0].PageNumbers == PageNumbers.FromSecondPage;
    }

    /// <summary>The class attribute of the section at <paramref name="index"/>.</summary>
    public string SectionClass(int index)
    {
        var name = sectionNames[index];
        var setup = pages.First(page => page.Name == name).Setup;
        return name == setup.OrientationName ? $"page {name}" : $"page {setup.OrientationName} {name}";
    }

    /// <summary>The rules, one per line.</summary>
    public IEnumerable<string> Rules()
    {
        yield return "@media screen {";
        yield return "  html { background: #d6d6d6; }";
        yield return "  body { padding: 8mm 0; }";
        yield return "  section.page { box-sizing: border-box; margin: 0 auto 8mm; background: #fff; box-shadow: 0 0.5mm 3mm rgba(0, 0, 0, 0.35); }";
        foreach (var (setup, name) in pages)
        {
            yield return $"  section.{name} {{ width: {Css.Mm(setup.SheetWidthMm)}; min-height: {Css.Mm(setup.SheetHeightMm)}; padding: {setup.CssMargins}; }}";
        }

        yield return "  .page-break { margin: 6mm 0; border-top: 0.5pt dashed #888; }";
        yield return "}";
        yield return "@media print {";
        yield return "  section.page + section.page { break-before: page; }";
        yield return "  .page-break { break-after: page; }";
        yield return "}";
        if (pages.Count > 0)
        {
            yield return $"@page {{ size: {pages[0].Setup.CssSize}; margin: {pages[0].Setup.CssMargins}; }}";
        }

        var normal = styles.Resolve(StyleIds.Normal);
        foreach (var (setup, name) in pages)
        {
            yield return $"@page {name} {{";
            yield return $"  size: {setup.CssSize};";
            yield return $"  margin: {setup.CssMargins};";
            if (setup.PageNumbers != PageNumbers.None)
            {
                // ГОСТ Р 7.0.97: page numbers centred in the top margin.
                yield return $"  @top-center {{ content: counter(page); font-family: {Css.FontStack(normal.FontFamily)}; font-size: {Css.Pt(normal.FontSizePt)}; }}";
            }

            yield return "}";
            yield return $"section.{name} {{ page: {name}; }}";
        }

        if (firstPageUnnumbered)
        {
            yield return $"@page {sectionNames[0]}:first {{ @top-center {{ content: none; }} }}";
        }
    }
}
