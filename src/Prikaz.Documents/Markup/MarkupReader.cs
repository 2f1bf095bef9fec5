using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Prikaz.Documents.Markup;

/// <summary>Reads one markup text: the document, its sections and their blocks.</summary>
internal sealed partial class MarkupReader
{
    private static readonly IReadOnlyDictionary<string, PageOrientation> Orientations = new Dictionary<string, PageOrientation>(StringComparer.Ordinal)
    {
        ["portrait"] = PageOrientation.Portrait,
        ["landscape"] = PageOrientation.Landscape,
    };

    private static readonly IReadOnlyDictionary<string, PageNumbers> PageNumberModes = new Dictionary<string, PageNumbers>(StringComparer.Ordinal)
    {
        ["none"] = PageNumbers.None,
        ["all"] = PageNumbers.All,
        ["from-2"] = PageNumbers.FromSecondPage,
    };

    private static readonly IReadOnlyDictionary<string, bool> Booleans = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["true"] = true,
        ["false"] = false,
    };

    private static readonly IReadOnlyDictionary<string, PageSize> Sizes = new Dictionary<string, PageSize>(StringComparer.Ordinal)
    {
        ["A4"] = PageSize.A4,
        ["A5"] = PageSize.A5,
    };

    private readonly MarkupContext context;
    private readonly InlineReader inlines;
    private readonly ParagraphListReader paragraphs;
    private readonly TableReader tables;

    public MarkupReader(StyleSheet styles, Func<string, ImageLookup?>? resolveImage)
    {
        context = new MarkupContext(styles, resolveImage);
        inlines = new InlineReader(context);
        paragraphs = new ParagraphListReader(context, inlines);
        tables = new TableReader(context, paragraphs);
    }

    public MarkupResult Read(string markup)
    {
        var empty = new Document(new DocumentProperties("", "", "", "ru-RU", DateOnly.MinValue), context.Styles, []);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(markup), settings);
        XDocument xml;
        try
        {
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            // A refused DTD carries no position, and the reader reports none either: find the declaration.
            var doctype = markup.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            var isDtd = e.LineNumber == 0 && doctype >= 0;
            var (line, column) = isDtd ? PositionOf(markup, doctype) : (e.LineNumber, e.LinePosition);
            var detail = isDtd ? "объявление <!DOCTYPE> запрещено." : PositionSuffix().Replace(e.Message, string.Empty);
            context.Report(line, column, MarkupCodes.Malformed, $"Разметка не является правильным XML: {detail}");
            return new MarkupResult(empty, context.Diagnostics);
        }

        var root = xml.Root!;
        if (root.Name.LocalName != "document" || root.Name.Namespace != XNamespace.None)
        {
            context.Report(root, MarkupCodes.UnknownElement, $"Разметка должна начинаться с <document>, а не с <{root.Name.LocalName}>.");
            return new MarkupResult(empty, context.Diagnostics);
        }

        return new MarkupResult(ReadDocument(root), context.Diagnostics);
    }

    private Document ReadDocument(XElement root)
    {
        context.CheckAttributes(root);
        var properties = new DocumentProperties(
            context.RequiredText(root, "title"),
            context.Text(root, "author") ?? string.Empty,
            context.Text(root, "subject") ?? string.Empty,
            context.Text(root, "lang") ?? "ru-RU",
            ReadDate(root, "created"));
        var sections = new List<PageSection>();
        foreach (var child in context.ChildElements(root))
        {
            if (child.Name.LocalName == "section")
            {
                sections.Add(ReadSection(child));
            }
            else
            {
                context.ReportUnknownElement(child, root);
            }
        }

        if (sections.Count == 0)
        {
            context.Report(root, MarkupCodes.MissingContent, "В документе нет ни одного раздела <section>.");
        }

        return new Document(properties, context.Styles, sections);
    }

    private DateOnly ReadDate(XElement element, string name)
    {
        if (element.Attribute(name) is null)
        {
            context.RequiredText(element, name);
        }

        return context.Date(element, name) ?? DateOnly.MinValue;
    }

    private PageSection ReadSection(XElement section)
    {
        context.CheckAttributes(section);
        var size = context.Keyword(section, "size", Sizes, PageSize.A4);
        var margins = PageMargins.Standard;
        if (context.Numbers(section, "margins", 0, 100) is { } values)
        {
            if (values.Count == 4)
            {
                margins = new PageMargins(values[0], values[1], values[2], values[3]);
            }
            else
            {
                context.Report(section.Attribute("margins")!, MarkupCodes.InvalidValue, "Атрибут «margins»: нужны четыре числа в мм — верхнее, правое, нижнее, левое.");
            }
        }

        return new PageSection(
            size,
            context.Keyword(section, "orientation", Orientations, PageOrientation.Portrait),
            margins,
            context.Keyword(section, "page-numbers", PageNumberModes, PageNumbers.FromSecondPage),
            context.Keyword(section, "restart", Booleans, false),
            ReadBlocks(section));
    }

    private List<Block> ReadBlocks(XElement section)
    {
        var blocks = new List<Block>();
        foreach (var element in context.ChildElements(section))
        {
            switch (MarkupContext.KeyOf(element))
            {
                case "p":
                    blocks.Add(paragraphs.ReadParagraph(element, StyleIds.Normal));
                    break;
                case "point":
                    blocks.Add(ReadPoint(element));
                    break;
                case "ul":
                case "ol":
                    blocks.AddRange(paragraphs.ReadList(element, StyleIds.Normal));
                    break;
                case "table":
                    blocks.Add(tables.Read(element));
                    break;
                case "div.stamp":
                    blocks.Add(ReadStamp(element));
                    break;
                case "div.signature":
                    blocks.Add(ReadSignature(element));
                    break;
                case "div.esign":
                    blocks.Add(ReadElectronicSignature(element));
                    break;
                case "div.executor":
                    context.CheckAttributes(element);
                    blocks.Add(new ExecutorMark(inlines.ReadLines(element)));
                    break;
                case "div.distribution":
                    blocks.Add(ReadDistribution(element));
                    break;
                case "img":
                    if (ReadImage(element) is { } image)
                    {
                        blocks.Add(image);
                    }

                    break;
                case "qr":
                    blocks.Add(ReadQrCode(element));
                    break;
                case "pagebreak":
                    context.CheckAttributes(element);
                    blocks.Add(new PageBreak());
                    break;
                default:
                    context.ReportUnknownElement(element, section);
                    break;
            }
        }

        return blocks;
    }

    private NumberedPoint ReadPoint(XElement point)
    {
        context.CheckAttributes(point);
        return new NumberedPoint(
            context.RequiredText(point, "number").Trim(),
            context.Style(point, StyleIds.Point),
            inlines.Read(point.Nodes(), point),
            context.Align(point))
        {
            Source = context.Source(point),
        };
    }

    private ApprovalStamp ReadStamp(XElement stamp)
    {
        context.CheckAttributes(stamp);
        var width = context.Number(stamp, "width", 20, 200) ?? MarkupVocabulary.DefaultStampWidthMm;
        var lines = paragraphs.ReadFlow(stamp, StyleIds.Stamp);
        if (lines.Count == 0)
        {
            context.Report(stamp, MarkupCodes.MissingContent, "Гриф пуст: нужны строки <p>.");
        }

        return new ApprovalStamp(lines, width);
    }

    private SignatureBlock ReadSignature(XElement signature)
    {
        context.CheckAttributes(signature);
        IReadOnlyList<string> position = [];
        string? name = null;
        ElectronicSignatureMark? mark = null;
        foreach (var child in context.ChildElements(signature))
        {
            switch (MarkupContext.KeyOf(child))
            {
                case "position":
                    context.CheckAttributes(child);
                    position = inlines.ReadLines(child);
                    break;
                case "name":
                    context.CheckAttributes(child);
                    name = string.Join(' ', inlines.ReadLines(child));
                    break;
                case "div.esign":
                    mark = ReadElectronicSignature(child);
                    break;
                default:
                    context.ReportUnknownElement(child, signature);
                    break;
            }
        }

        if (name is null)
        {
            context.Report(signature, MarkupCodes.MissingContent, "В подписи нет <name> (инициалы и фамилия).");
        }

        return new SignatureBlock(position, name ?? string.Empty, mark);
    }

    private ElectronicSignatureMark ReadElectronicSignature(XElement mark)
    {
        context.CheckAttributes(mark);
        foreach (var child in context.ChildElements(mark))
        {
            context.ReportUnknownElement(child, mark);
        }

        return new ElectronicSignatureMark(
            context.RequiredText(mark, "certificate"),
            context.RequiredText(mark, "owner"),
            context.RequiredText(mark, "valid-from"),
            context.RequiredText(mark, "valid-to"));
    }

    private DistributionList ReadDistribution(XElement list)
    {
        context.CheckAttributes(list);
        var recipients = new List<string>();
        foreach (var child in context.ChildElements(list))
        {
            if (child.Name.LocalName == "recipient")
            {
                context.CheckAttributes(child);
                recipients.Add(string.Join(' ', inlines.ReadLines(child)));
            }
            else
            {
                context.ReportUnknownElement(child, list);
            }
        }

        return new DistributionList(recipients);
    }

    private Image? ReadImage(XElement img)
    {
        context.CheckAttributes(img);
        var width = context.Number(img, "width", 1, 300);
        var height = context.Number(img, "height", 1, 300);
        if (img.Attribute("width") is null)
        {
            context.RequiredText(img, "width");
        }

        if (img.Attribute("height") is null)
        {
            context.RequiredText(img, "height");
        }

        var png = img.Attribute("src") is { } src ? context.Png(src) : null;
        if (img.Attribute("src") is null)
        {
            context.RequiredText(img, "src");
        }

        return png is null || width is null || height is null
            ? null
            : new Image(png, width.Value, height.Value, context.Align(img) ?? Alignment.Center, context.Text(img, "alt") ?? string.Empty);
    }

    private QrCode ReadQrCode(XElement qr)
    {
        context.CheckAttributes(qr);
        var png = qr.Attribute("src") is { } src ? context.Png(src) : null;
        return new QrCode(
            context.RequiredText(qr, "content"),
            context.Number(qr, "size", 10, 100) ?? MarkupVocabulary.DefaultQrSizeMm,
            // Typed explicitly: «null : memory» would convert the null array into an empty, non-null memory.
            png is null ? (ReadOnlyMemory<byte>?)null : new ReadOnlyMemory<byte>(png));
    }

    private static (int Line, int Column) PositionOf(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PositionSuffix();
}
