using System.Text.RegularExpressions;
using Prikaz.Documents.Markup;
using Prikaz.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace Prikaz.Templating;

/// <summary>
/// Checks the literal markup of a parsed template before it runs: every tag its text writes must be
/// in the markup vocabulary. Because tags stand literally in templates, an unknown element is
/// reported at the template's own file, line and column — not somewhere in the generated markup.
/// </summary>
internal static partial class TemplateLint
{
    public static IEnumerable<Diagnostic> Check(Template template, string displayName)
    {
        foreach (var raw in RawStatements(template.Page!))
        {
            var text = raw.Text.ToString();
            foreach (Match tag in Tag().Matches(text))
            {
                var name = tag.Groups["name"].Value;
                if (MarkupVocabulary.IsKnownElement(name))
                {
                    continue;
                }

                var (line, column) = Position(raw, text, tag.Index);
                yield return new Diagnostic(displayName, line, column, Severity.Error, MarkupCodes.UnknownElement,
                    $"неизвестный элемент разметки <{name}>; допустимы: {string.Join(", ", MarkupVocabulary.ElementNames)}");
            }
        }
    }

    private static (int Line, int Column) Position(ScriptRawStatement raw, string text, int index)
    {
        var line = raw.Span.Start.Line + 1;
        var column = raw.Span.Start.Column + 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }

    private static IEnumerable<ScriptRawStatement> RawStatements(ScriptNode node)
    {
        if (node is ScriptRawStatement raw)
        {
            yield return raw;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                foreach (var nested in RawStatements(child))
                {
                    yield return nested;
                }
            }
        }
    }

    // Opening tags only: the closing tag of an unknown element would repeat the same finding.
    [GeneratedRegex(@"<(?<name>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex Tag();
}
