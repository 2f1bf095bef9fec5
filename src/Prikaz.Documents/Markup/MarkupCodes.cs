namespace Prikaz.Documents.Markup;

/// <summary>The codes of markup diagnostics (range PRK200–PRK249 of templates and markup).</summary>
public static class MarkupCodes
{
    /// <summary>The markup is not well-formed XML (or contains a DTD).</summary>
    public const string Malformed = "PRK200";

    /// <summary>An element that the vocabulary does not know or does not allow at this place.</summary>
    public const string UnknownElement = "PRK201";

    /// <summary>An attribute the element does not have.</summary>
    public const string UnknownAttribute = "PRK202";

    /// <summary>An attribute value that cannot be read (number, date, keyword).</summary>
    public const string InvalidValue = "PRK203";

    /// <summary>A required attribute is missing.</summary>
    public const string MissingAttribute = "PRK204";

    /// <summary>A style id that the style sheet does not define.</summary>
    public const string UnknownStyle = "PRK205";

    /// <summary>Text where only elements are allowed.</summary>
    public const string UnexpectedText = "PRK206";

    /// <summary>Table rows whose cells do not fill the declared columns.</summary>
    public const string TableShape = "PRK207";

    /// <summary>An image that cannot be loaded: missing, outside the templates folder, not a PNG or JPEG that decodes, or too large.</summary>
    public const string ImageNotFound = "PRK208";

    /// <summary>A required part is missing: a section, a signature's name, an empty element.</summary>
    public const string MissingContent = "PRK209";

    /// <summary>Every markup code with its Russian title, in code order.</summary>
    public static IReadOnlyList<(string Code, string Title)> Titles { get; } =
    [
        (Malformed, "разметка не является правильным XML"),
        (UnknownElement, "неизвестный элемент разметки"),
        (UnknownAttribute, "неизвестный атрибут элемента разметки"),
        (InvalidValue, "неверное значение атрибута"),
        (MissingAttribute, "не указан обязательный атрибут"),
        (UnknownStyle, "неизвестный стиль абзаца"),
        (UnexpectedText, "текст в неположенном месте разметки"),
        (TableShape, "строки таблицы не сходятся со столбцами"),
        (ImageNotFound, "изображение не найдено, ведёт за пределы папки шаблонов, повреждено или слишком большое"),
        (MissingContent, "в элементе нет обязательного содержимого"),
    ];
}
