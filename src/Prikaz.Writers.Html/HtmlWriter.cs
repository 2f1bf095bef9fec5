using System.Text;
using Prikaz.Documents;
using Prikaz.Writers.Html.Converters;

namespace Prikaz.Writers.Html;

/// <summary>
/// Writes a <see cref="Document"/> as one standalone HTML5 page for publishing on an authority's
/// website: UTF-8, one embedded stylesheet, pictures as data URIs, no scripts and no external
/// resources. On screen each page section is a sheet of its paper size; printed, the page has the same
/// page setup (A4, margins, landscape appendices, page numbers in the top margin).
/// </summary>
public sealed class HtmlWriter : IDocumentWriter
{
    private readonly HtmlWriterOptions options;

    /// <summary>A writer of the page for publishing.</summary>
    public HtmlWriter()
        : this(HtmlWriterOptions.Published)
    {
    }

    public HtmlWriter(HtmlWriterOptions options) => this.options = options;

    /// <inheritdoc />
    public string Format => "html";

    /// <summary>None: the stylesheet comes from the document's styles.</summary>
    public IReadOnlyList<string> InputFiles => [];

    /// <summary>Nothing to load: the writer needs no fonts, resources or native code.</summary>
    public void Preload()
    {
    }

    /// <inheritdoc />
    public WrittenDocument Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(document, options));
        output.Write(bytes);
        return new WrittenDocument(bytes.Length, Pages: null);
    }

    /// <summary>The page as text; <see cref="Write"/> stores it as UTF-8 without a byte-order mark.</summary>
    internal static string Render(Document document, HtmlWriterOptions? options = null)
    {
        var markup = new HtmlMarkup();
        var pages = new PageCss(document);
        var properties = document.Properties;

        markup.Doctype();
        markup.OpenBlock("html", ("lang", string.IsNullOrWhiteSpace(properties.Language) ? "ru" : properties.Language));
        markup.OpenBlock("head");
        markup.VoidLine("meta", ("charset", "utf-8"));
        markup.TextLine("title", properties.Title);
        markup.VoidLine("meta", ("name", "author"), ("content", properties.Author));
        markup.VoidLine("meta", ("name", "description"), ("content", string.IsNullOrWhiteSpace(properties.Subject) ? properties.Title : properties.Subject));
        markup.VoidLine("meta", ("name", "generator"), ("content", "Prikaz"));
        markup.OpenBlock("style");
        markup.RawLines(StyleSheetCss.Rules(document.Styles));
        markup.RawLines(pages.Rules());
        markup.CloseBlock("style");
        markup.CloseBlock("head");

        markup.OpenBlock("body");
        markup.OpenBlock("main");
        var renderer = new HtmlRenderer(markup, document.Styles, BlockConverters.Registry, options ?? HtmlWriterOptions.Published);
        for (var i = 0; i < document.Sections.Count; i++)
        {
            markup.OpenBlock("section", ("class", pages.SectionClass(i)));
            foreach (var block in document.Sections[i].Blocks)
            {
                renderer.WriteBlock(block);
            }

            markup.CloseBlock("section");
        }

        markup.CloseBlock("main");
        markup.CloseBlock("body");
        markup.CloseBlock("html");
        return markup.ToString();
    }
}
