namespace Prikaz.Documents.Markup;

/// <summary>
/// The closed vocabulary of document markup: every element (a <c>div</c> by its class) with the
/// attributes it may carry. README.md beside this file describes the same list for template authors;
/// keep them in step.
/// </summary>
public static class MarkupVocabulary
{

    public static IReadOnlyDictionary<string, string[]> Attributes { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["document"] = ["title", "author", "subject", "lang", "created"],
        ["section"] = ["size", "orientation", "margins", "page-numbers", "restart"],
        ["p"] = ["style", "align", "source"],
        ["point"] = ["number", "style", "align", "source"],
        ["b"] = [],
        ["i"] = [],
        ["span"] = ["spacing"],
        ["br"] = [],
        ["tab"] = [],
        ["ul"] = ["style"],
        ["ol"] = ["style"],
        ["li"] = ["number"],
        ["table"] = ["widths", "style", "name"],
        ["thead"] = [],
        ["tbody"] = [],
        ["tr"] = ["kind", "source"],
        ["th"] = ["colspan", "rowspan", "align", "style"],
        ["td"] = ["colspan", "rowspan", "align", "style", "date", "number", "source"],
        ["div.stamp"] = ["class", "width"],
        ["div.signature"] = ["class"],
        ["position"] = [],
        ["name"] = [],
        ["div.esign"] = ["class", "certificate", "owner", "valid-from", "valid-to"],
        ["div.executor"] = ["class"],
        ["div.distribution"] = ["class"],
        ["recipient"] = [],
        ["img"] = ["src", "width", "height", "align", "alt"],
        ["qr"] = ["content", "size", "src"],
        ["pagebreak"] = [],
    };

    /// <summary>The marker of a <c>ul</c> item: an en dash and a space (Russian lists in documents).</summary>
    public const string BulletMarker = "–\u00A0";

    /// <summary>Default width of an approval stamp, mm (LAYOUT.md: about 7.5–8 cm).</summary>
    public const double DefaultStampWidthMm = 75;

    /// <summary>Default side of a QR code, mm.</summary>
    public const double DefaultQrSizeMm = 25;

    // Declared after Attributes: static initialisers run in textual order.
    /// <summary>The element names templates may write (a <c>div</c> stands for all its classes), sorted.</summary>
    public static IReadOnlyList<string> ElementNames { get; } =
        Attributes.Keys.Select(key => key.Split('.')[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>True when <paramref name="name"/> is an element of the vocabulary.</summary>
    public static bool IsKnownElement(string name) => ElementNames.Contains(name, StringComparer.Ordinal);
}
