using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Prikaz.Documents.Pictures;

namespace Prikaz.Documents.Markup;

/// <summary>What the readers of one markup text share: the style sheet, the image resolver and the diagnostics found so far.</summary>
internal sealed class MarkupContext(StyleSheet styles, Func<string, ImageLookup?>? resolveImage)
{
    private readonly List<MarkupDiagnostic> diagnostics = [];

    public StyleSheet Styles { get; } = styles;

    /// <summary>The diagnostics in markup order (stable for equal positions).</summary>
    public IReadOnlyList<MarkupDiagnostic> Diagnostics => [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];

    public void Report(XObject at, string code, string message)
    {
        var info = (IXmlLineInfo)at;
        Report(info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0, code, message);
    }

    public void Report(int line, int column, string code, string message) =>
        diagnostics.Add(new MarkupDiagnostic(line, column, code, message));

    /// <summary>The vocabulary key of an element: its name, or <c>div.class</c> for a div.</summary>
    public static string KeyOf(XElement element) =>
        element.Name.LocalName == "div" ? "div." + ((string?)element.Attribute("class") ?? string.Empty) : element.Name.LocalName;

    /// <summary>Reports attributes the vocabulary does not list for <paramref name="element"/> (its key is known).</summary>
    public void CheckAttributes(XElement element)
    {
        var allowed = MarkupVocabulary.Attributes[KeyOf(element)];
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || !allowed.Contains(attribute.Name.LocalName, StringComparer.Ordinal) || attribute.Name.Namespace != XNamespace.None)
            {
                Report(attribute, MarkupCodes.UnknownAttribute,
                    $"У элемента <{element.Name.LocalName}> нет атрибута «{attribute.Name.LocalName}»; допустимы: {Describe(allowed)}.");
            }
        }
    }

    /// <summary>The child elements of <paramref name="parent"/>; text other than whitespace is reported.</summary>
    public IEnumerable<XElement> ChildElements(XElement parent)
    {
        foreach (var node in parent.Nodes())
        {
            if (node is XElement element)
            {
                yield return element;
            }
            else if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                Report(text, MarkupCodes.UnexpectedText, $"Текст «{Shorten(text.Value)}» недопустим прямо внутри <{parent.Name.LocalName}>.");
            }
        }
    }

    public void ReportUnknownElement(XElement element, XElement parent)
    {
        var key = KeyOf(element);
        var message = element.Name.LocalName == "div"
            ? $"Неизвестный класс блока <div class=\"{(string?)element.Attribute("class")}\">; допустимы: stamp, signature, esign, executor, distribution."
            : MarkupVocabulary.Attributes.ContainsKey(key)
                ? $"Элемент <{element.Name.LocalName}> недопустим внутри <{parent.Name.LocalName}>."
                : $"Неизвестный элемент <{element.Name.LocalName}>.";
        Report(element, MarkupCodes.UnknownElement, message);
    }

    public string? Text(XElement element, string name) => (string?)element.Attribute(name);

    /// <summary>The optional <c>source</c> pointer of an element; an empty one counts as none.</summary>
    public string? Source(XElement element) => Text(element, "source") is { Length: > 0 } pointer ? pointer.Trim() : null;

    public string RequiredText(XElement element, string name)
    {
        var value = Text(element, name);
        if (value is null)
        {
            Report(element, MarkupCodes.MissingAttribute, $"У элемента <{element.Name.LocalName}> нет обязательного атрибута «{name}».");
        }

        return value ?? string.Empty;
    }

    public double? Number(XElement element, string name, double min, double max)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        if (double.TryParse(attribute.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Report(attribute, MarkupCodes.InvalidValue,
            string.Create(CultureInfo.InvariantCulture, $"Атрибут «{name}»: ожидается число от {min} до {max} (с точкой), а не «{attribute.Value}»."));
        return null;
    }

    /// <summary>A date attribute, <c>ГГГГ-ММ-ДД</c>; null when absent or, after a report, malformed.</summary>
    public DateOnly? Date(XElement element, string name)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(attribute.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(attribute, MarkupCodes.InvalidValue, $"Атрибут «{name}»: ожидается дата ГГГГ-ММ-ДД, а не «{attribute.Value}».");
        return null;
    }

    public IReadOnlyList<double>? Numbers(XElement element, string name, double min, double max)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        var parts = attribute.Value.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var values = new List<double>();
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                Report(attribute, MarkupCodes.InvalidValue,
                    string.Create(CultureInfo.InvariantCulture, $"Атрибут «{name}»: «{part}» — не число от {min} до {max} (числа через пробел, с точкой)."));
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    /// <summary>The value of a keyword attribute, or <paramref name="fallback"/> when it is absent or not a keyword (reported).</summary>
    public T Keyword<T>(XElement element, string name, IReadOnlyDictionary<string, T> keywords, T fallback)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return fallback;
        }

        if (keywords.TryGetValue(attribute.Value.Trim(), out var value))
        {
            return value;
        }

        Report(attribute, MarkupCodes.InvalidValue, $"Атрибут «{name}»: «{attribute.Value}» не допускается; допустимы: {Describe(keywords.Keys)}.");
        return fallback;
    }

    public Alignment? Align(XElement element) =>
        Keyword(element, "align", Alignments, null);

    /// <summary>The style id given by the <c>style</c> attribute when the sheet defines it, else <paramref name="fallback"/>.</summary>
    public string Style(XElement element, string fallback)
    {
        var attribute = element.Attribute("style");
        if (attribute is null)
        {
            return fallback;
        }

        if (Styles.Find(attribute.Value) is not null)
        {
            return attribute.Value;
        }

        Report(attribute, MarkupCodes.UnknownStyle,
            $"Стиль «{attribute.Value}» не определён; есть: {Describe(Styles.Styles.Select(s => s.Id))}.");
        return fallback;
    }

    /// <summary>
    /// The picture for a <c>src</c>: a base64 <c>data:image/png</c> URI or whatever the caller's resolver
    /// returns; null (reported) when there is none or it does not pass <see cref="PictureCheck"/>.
    /// </summary>
    public byte[]? Png(XAttribute source)
    {
        const string prefix = "data:image/png;base64,";
        byte[]? bytes;
        if (source.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            var buffer = new byte[source.Value.Length];
            if (!Convert.TryFromBase64String(source.Value[prefix.Length..].Trim(), buffer, out var written))
            {
                Report(source, MarkupCodes.ImageNotFound, "Изображение в data:-адресе повреждено (неверный base64).");
                return null;
            }

            bytes = buffer[..written];
        }
        else
        {
            var lookup = resolveImage?.Invoke(source.Value);
            if (lookup?.Bytes is null)
            {
                Report(source, MarkupCodes.ImageNotFound, lookup?.Problem is { } refused
                    ? $"Изображение «{Shorten(source.Value)}» не принято: {refused}."
                    : $"Изображение «{Shorten(source.Value)}» не найдено.");
                return null;
            }

            bytes = lookup.Bytes;
        }

        if (PictureCheck.Problem(bytes) is { } problem)
        {
            Report(source, MarkupCodes.ImageNotFound, $"Изображение «{Shorten(source.Value)}» не принято: {problem}.");
            return null;
        }

        return bytes;
    }

    private static readonly IReadOnlyDictionary<string, Alignment?> Alignments = new Dictionary<string, Alignment?>(StringComparer.Ordinal)
    {
        ["left"] = Alignment.Left,
        ["center"] = Alignment.Center,
        ["right"] = Alignment.Right,
        ["justify"] = Alignment.Justify,
    };

    private static string Describe(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "никаких" : string.Join(", ", list);
    }

    private static string Shorten(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= 40 ? collapsed : collapsed[..40] + "…";
    }
}
