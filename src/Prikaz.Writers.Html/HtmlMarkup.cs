using System.Text;

namespace Prikaz.Writers.Html;

/// <summary>
/// A small escaping writer for HTML5 that is also well-formed XML (void elements self-closed, no named
/// entities). Block elements go on their own indented lines; inline content is written without any
/// added whitespace, because whitespace between inline elements would show as spaces on the page.
/// </summary>
internal sealed class HtmlMarkup
{
    private const int IndentWidth = 2;
    private readonly StringBuilder text = new();
    private int depth;

    /// <summary>Writes the HTML5 doctype line.</summary>
    public void Doctype() => text.Append("<!DOCTYPE html>\n");

    /// <summary>Opens an element whose children are themselves blocks, each on its own line.</summary>
    public void OpenBlock(string tag, params (string Name, string? Value)[] attributes)
    {
        Indent();
        StartTag(tag, attributes);
        text.Append('\n');
        depth++;
    }

    /// <summary>Closes an element opened with <see cref="OpenBlock"/>.</summary>
    public void CloseBlock(string tag)
    {
        depth--;
        Indent();
        EndTag(tag);
        text.Append('\n');
    }

    /// <summary>Opens an element whose content is inline and stays on one line.</summary>
    public void OpenLine(string tag, params (string Name, string? Value)[] attributes)
    {
        Indent();
        StartTag(tag, attributes);
    }

    /// <summary>Closes an element opened with <see cref="OpenLine"/> and ends the line.</summary>
    public void CloseLine(string tag)
    {
        EndTag(tag);
        text.Append('\n');
    }

    /// <summary>A void element (<c>meta</c>, <c>col</c>, <c>img</c>) on its own line.</summary>
    public void VoidLine(string tag, params (string Name, string? Value)[] attributes)
    {
        Indent();
        VoidTag(tag, attributes);
        text.Append('\n');
    }

    /// <summary>A one-line element holding only text, e.g. <c>&lt;title&gt;</c>.</summary>
    public void TextLine(string tag, string content, params (string Name, string? Value)[] attributes)
    {
        OpenLine(tag, attributes);
        Text(content);
        CloseLine(tag);
    }

    /// <summary>Writes a start tag inline; attributes with a <c>null</c> value are left out.</summary>
    public void StartTag(string tag, params (string Name, string? Value)[] attributes)
    {
        text.Append('<').Append(tag);
        WriteAttributes(attributes);
        text.Append('>');
    }

    /// <summary>Writes an end tag inline.</summary>
    public void EndTag(string tag) => text.Append("</").Append(tag).Append('>');

    /// <summary>Writes a self-closed void element inline (<c>&lt;br /&gt;</c>).</summary>
    public void VoidTag(string tag, params (string Name, string? Value)[] attributes)
    {
        text.Append('<').Append(tag);
        WriteAttributes(attributes);
        text.Append(" />");
    }

    /// <summary>Writes escaped text. U+00A0 stays the character itself (ГОСТ typography keeps it).</summary>
    public void Text(string value) => Escape(value, inAttribute: false);

    /// <summary>
    /// Writes the lines of a stylesheet as they are. The caller guarantees that <paramref name="css"/>
    /// holds no <c>&lt;</c> or <c>&amp;</c> (see <see cref="Css.String"/>), so the page stays well-formed XML.
    /// </summary>
    public void RawLines(IEnumerable<string> css)
    {
        foreach (var line in css)
        {
            if (line.Length > 0)
            {
                Indent();
                text.Append(line);
            }

            text.Append('\n');
        }
    }

    /// <summary>The markup written so far.</summary>
    public override string ToString() => text.ToString();

    private void Indent() => text.Append(' ', depth * IndentWidth);

    private void WriteAttributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            text.Append(' ').Append(name).Append("=\"");
            Escape(value, inAttribute: true);
            text.Append('"');
        }
    }

    private void Escape(string value, bool inAttribute)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '"' when inAttribute: text.Append("&quot;"); break;
                case '\t': text.Append(' '); break;
                case < ' ':
                    // Control characters are not allowed in HTML or XML text; the model never means them.
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    text.Append(c).Append(value[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    text.Append('\uFFFD');
                    break;
                default: text.Append(c); break;
            }
        }
    }
}
